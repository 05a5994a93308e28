using Microsoft.Extensions.Options;
using MissionBot.Decisions;
using MissionBot.Jury;
using MissionBot.Texts;

namespace MissionBot.Hosting;

public sealed class DecisionsOptionsValidator : IValidateOptions<DecisionsOptions>
{
    public ValidateOptionsResult Validate(string? name, DecisionsOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.RefusalReasons.Count; i++)
        {
            var reason = options.RefusalReasons[i];
            if (reason.Keys.All(k => k.Trim().Length == 0))
            {
                problems.Add($"MISSIONBOT_Decisions__RefusalReasons__{i}__Keys is empty: give the word owners type for this reason (e.g. disponibilités).");
            }
            if (reason.Fr.Trim().Length == 0 && reason.En.Trim().Length == 0)
            {
                problems.Add($"MISSIONBOT_Decisions__RefusalReasons__{i}__Fr is empty: write the sentence candidates read.");
            }
        }
        var keys = (options.RefusalReasons.Count > 0 ? options.RefusalReasons.SelectMany(r => r.Keys) : RefusalReasonGrid.BuiltInKeys)
            .Select(TextNormalizer.Fold).ToList();
        foreach (var duplicate in keys.Where(k => k.Length > 0).GroupBy(k => k).Where(g => g.Count() > 1))
        {
            problems.Add($"MISSIONBOT_Decisions__RefusalReasons: the key '{duplicate.Key}' names two reasons; keep it on one.");
        }
        if (!keys.Contains(TextNormalizer.Fold(options.DefaultReason)))
        {
            problems.Add($"MISSIONBOT_Decisions__DefaultReason: '{options.DefaultReason}' is not a key of the reasons grid.");
        }
        if (!keys.Contains(TextNormalizer.Fold(options.CancelReason)))
        {
            problems.Add($"MISSIONBOT_Decisions__CancelReason: '{options.CancelReason}' is not a key of the reasons grid.");
        }
        Positive(problems, options.ReminderAfterDays, "ReminderAfterDays", "days before a waiting candidacy is reminded, e.g. 7");
        Positive(problems, options.ReminderEveryDays, "ReminderEveryDays", "days between two reminders, e.g. 3");
        Positive(problems, options.ResponsivenessMonths, "ResponsivenessMonths", "months of history, e.g. 12");
        Positive(problems, options.CheckEveryMinutes, "CheckEveryMinutes", "minutes between two checks, e.g. 60");
        if (!JuryGrid.TryParse(options.JuryGrid, out _))
        {
            problems.Add($"MISSIONBOT_Decisions__JuryGrid: '{options.JuryGrid}' is not a grid; write criteria and weights, e.g. \"prix 40, méthode 30, expérience 30\".");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Positive(List<string> problems, int value, string key, string hint)
    {
        if (value < 1)
        {
            problems.Add($"MISSIONBOT_Decisions__{key}: {value} must be at least 1 ({hint}).");
        }
    }
}
