using System.Globalization;
using System.Text.RegularExpressions;
using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.FollowUp;

/// <summary>Records what a selected person gave back to the network for a paid mission: money or in kind.</summary>
public sealed partial class ContributionService(
    MissionRepository missions,
    CandidacyRepository candidacies,
    ContributionRepository contributions,
    TimeProvider clock,
    ILogger<ContributionService> logger)
{
    public (ContributionOutcome Outcome, Mission? Mission, ContributionRecord? Record) Record(int number, ChatUser person, string given)
    {
        if (missions.Find(number) is not { } mission)
        {
            return (ContributionOutcome.NotFound, null, null);
        }
        if (!mission.Paid)
        {
            return (ContributionOutcome.NotPaid, mission, null);
        }
        if (candidacies.Find(number, person.Id) is not { Status: CandidacyStatus.Selected })
        {
            logger.LogInformation("{Person} tried to record a contribution on mission {MissionNumber} without being selected", person.Username, number);
            return (ContributionOutcome.NotSelected, mission, null);
        }
        var amount = ParseAmount(given);
        var record = new ContributionRecord
        {
            MissionNumber = number,
            PersonId = person.Id,
            Username = person.Username,
            Amount = amount,
            Description = amount is null ? SafeText.Truncate(given.Trim(), 200) : "",
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        contributions.Save(record);
        logger.LogInformation("Contribution recorded on mission {MissionNumber}: {Amount}", number, amount?.ToString(CultureInfo.InvariantCulture) ?? "in kind");
        return (ContributionOutcome.Recorded, mission, record);
    }

    /// <summary>"150€", "150 €", "150,50 euros", "1 200 €" → the amount; null for anything else (a contribution in kind).</summary>
    public static decimal? ParseAmount(string text)
    {
        var match = Amount().Match(TextNormalizer.Fold(text));
        if (!match.Success)
        {
            return null;
        }
        var digits = match.Groups["value"].Value.Replace(" ", "", StringComparison.Ordinal).Replace('\u202F'.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    [GeneratedRegex(@"^\s*(€\s*)?(?<value>\d{1,3}(?:[ \u202F]?\d{3})*(?:[.,]\d{1,2})?)\s*(€|eur|euro|euros)?\s*(ht|ttc)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
