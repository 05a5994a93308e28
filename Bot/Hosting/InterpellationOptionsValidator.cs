using Microsoft.Extensions.Options;
using MissionBot.People.Skills;

namespace MissionBot.Hosting;

public sealed class InterpellationOptionsValidator : IValidateOptions<InterpellationOptions>
{
    public ValidateOptionsResult Validate(string? name, InterpellationOptions options)
    {
        var failures = new List<string>();
        Range(failures, "PingsPerWeek", options.PingsPerWeek, 0, 50, "e.g. 2");
        Range(failures, "DefaultPingCount", options.DefaultPingCount, 1, 50, "e.g. 5");
        Range(failures, "TrustedPeopleCount", options.TrustedPeopleCount, 1, 20, "e.g. 3");
        Range(failures, "NotNowPauseDays", options.NotNowPauseDays, 1, 365, "e.g. 14");
        Range(failures, "WaveEnoughCandidates", options.WaveEnoughCandidates, 1, 100, "e.g. 1");
        if (!(options.WaveDelayHours is > 0 and <= 24 * 60))
        {
            failures.Add($"MISSIONBOT_Interpellation__WaveDelayHours: {options.WaveDelayHours} is out of range; set hours between waves, e.g. 48.");
        }
        var path = options.ResolveSynonymsPath();
        if (!File.Exists(path))
        {
            failures.Add($"MISSIONBOT_Interpellation__SynonymsFile: {path} does not exist; point it at the skill synonyms file (config/skill-synonyms.json).");
        }
        else
        {
            try
            {
                SkillCatalog.Load(path);
            }
            catch (InvalidDataException ex)
            {
                failures.Add($"MISSIONBOT_Interpellation__SynonymsFile: {ex.Message}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, int value, int min, int max, string example)
    {
        if (value < min || value > max)
        {
            failures.Add($"MISSIONBOT_Interpellation__{key}: {value} is out of range ({min} to {max}); {example}.");
        }
    }
}
