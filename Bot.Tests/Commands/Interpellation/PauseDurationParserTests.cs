using MissionBot.Commands.Interpellation;

namespace MissionBot.Tests.Commands.Interpellation;

public sealed class PauseDurationParserTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static IEnumerable<TestCaseData> Durations()
    {
        yield return new TestCaseData("", 14).SetName("Parse_Nothing_IsTheDefaultTwoWeeks");
        yield return new TestCaseData("14j", 14).SetName("Parse_FrenchDays");
        yield return new TestCaseData("14 jours", 14).SetName("Parse_FrenchDaysInFull");
        yield return new TestCaseData("10d", 10).SetName("Parse_EnglishDays");
        yield return new TestCaseData("2w", 14).SetName("Parse_EnglishWeeks");
        yield return new TestCaseData("3 semaines", 21).SetName("Parse_FrenchWeeks");
        yield return new TestCaseData("1 mois", 30).SetName("Parse_Month");
        yield return new TestCaseData("7", 7).SetName("Parse_BareNumber_IsDays");
    }

    [TestCaseSource(nameof(Durations))]
    public void Parse_ReadsDurations(string text, int days)
    {
        Assert.That(PauseDurationParser.TryParse(text, Now, out var until), Is.True);
        Assert.That(until, Is.EqualTo(Now.AddDays(days)));
    }

    [Test]
    public void Parse_Date_PausesUntilThatDay()
    {
        Assert.That(PauseDurationParser.TryParse("15/12", Now, out var until), Is.True);
        Assert.That(until, Is.EqualTo(new DateTime(2026, 12, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    [TestCase("0j")]
    [TestCase("400 jours")]
    [TestCase("demain")]
    [TestCase("2 ans")]
    [TestCase("-3j")]
    public void Parse_NonsenseOrOutOfRange_IsRefused(string text)
    {
        Assert.That(PauseDurationParser.TryParse(text, Now, out _), Is.False);
    }
}
