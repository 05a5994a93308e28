using MissionBot.Hosting;

namespace MissionBot.Tests.Decisions;

public sealed class DecisionsOptionsTests
{
    private static IEnumerable<TestCaseData> BadOptions()
    {
        yield return new TestCaseData(new DecisionsOptions { DefaultReason = "inconnue" }, "MISSIONBOT_Decisions__DefaultReason").SetName("UnknownDefaultReason");
        yield return new TestCaseData(new DecisionsOptions { ReminderAfterDays = 0 }, "MISSIONBOT_Decisions__ReminderAfterDays").SetName("NoReminderDelay");
        yield return new TestCaseData(new DecisionsOptions { JuryGrid = "prix" }, "MISSIONBOT_Decisions__JuryGrid").SetName("GridWithoutWeights");
        yield return new TestCaseData(
            new DecisionsOptions { RefusalReasons = [new() { Keys = ["profil"], Fr = "a" }, new() { Keys = ["Profil"], Fr = "b" }], DefaultReason = "profil", CancelReason = "profil" },
            "'profil' names two reasons").SetName("DuplicateKey");
        yield return new TestCaseData(
            new DecisionsOptions { RefusalReasons = [new() { Keys = ["profil"] }], DefaultReason = "profil", CancelReason = "profil" },
            "MISSIONBOT_Decisions__RefusalReasons__0__Fr").SetName("ReasonWithoutSentence");
    }

    [TestCaseSource(nameof(BadOptions))]
    public void BadOption_IsRefusedWithALineNamingTheSetting(DecisionsOptions options, string expected)
    {
        var result = new DecisionsOptionsValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.Some.Contains(expected));
    }

    [Test]
    public void Defaults_AreValid() =>
        Assert.That(new DecisionsOptionsValidator().Validate(null, new DecisionsOptions()).Succeeded, Is.True);

    [Test]
    public void ShippedConfiguration_StartsTheBot()
    {
        var configuration = Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json");
        Assert.That(File.Exists(configuration), Is.True);

        using var app = BotApplication.Build([], new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(Path.GetTempPath(), $"missionbot-test-{Guid.NewGuid():N}.db") });
        var options = app.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<DecisionsOptions>)) as Microsoft.Extensions.Options.IOptions<DecisionsOptions>;

        Assert.That(options!.Value.RefusalReasons, Has.Count.EqualTo(6));
        Assert.That(new DecisionsOptionsValidator().Validate(null, options.Value).Succeeded, Is.True);
    }
}
