using MissionBot.Hosting;

namespace MissionBot.Tests.Hosting;

public sealed class InterpellationOptionsValidatorTests
{
    [Test]
    public void Defaults_AreValid()
    {
        var result = new InterpellationOptionsValidator().Validate(null, new InterpellationOptions());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void BadValues_NameTheEnvironmentVariableToFix()
    {
        var options = new InterpellationOptions { PingsPerWeek = -1, WaveDelayHours = 0, SynonymsFile = "/nowhere/synonyms.json" };

        var result = new InterpellationOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "MISSIONBOT_Interpellation__PingsPerWeek: -1 is out of range (0 to 50); e.g. 2.",
            "MISSIONBOT_Interpellation__WaveDelayHours: 0 is out of range; set hours between waves, e.g. 48.",
            "MISSIONBOT_Interpellation__SynonymsFile: /nowhere/synonyms.json does not exist; point it at the skill synonyms file (config/skill-synonyms.json).",
        }));
    }
}
