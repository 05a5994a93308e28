using MissionBot.Decisions;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Reports;

/// <summary>
/// Computes a year's report from the stored history: missions posted in the year and what became of them,
/// their candidacies, the pings of the year, the skills asked and available, contributions and feedback.
/// </summary>
public sealed class ReportBuilder(
    MissionHistory history,
    ContributionRepository contributions,
    FeedbackRepository feedback,
    IPingHistory pings,
    ISkillSupply skills,
    ResponsivenessService responsiveness,
    TimeProvider clock)
{
    public const int TopPercent = 10;
    public const int MaxSkills = 10;

    public YearReport Build(int year)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = from.AddYears(1);
        var now = clock.GetUtcNow().UtcDateTime;
        var missions = history.CreatedBetween(from, to);
        var candidacies = history.CandidaciesOf(missions);
        var byMission = candidacies.ToLookup(c => c.MissionNumber);
        var yearContributions = contributions.RecordedBetween(from, to);
        var ratings = missions.SelectMany(m => feedback.ForMission(m.Number)).Where(f => f.Rating is not null).ToList();

        var counted = candidacies.Where(c => c.Status != CandidacyStatus.Withdrawn).ToList();
        var answered = counted.Count(c => c.AnsweredAt is not null);
        var filled = missions.Where(m => m.Status == MissionStatus.Filled).ToList();

        return new YearReport(
            year,
            now,
            new MissionCounts(
                missions.Count,
                filled.Count,
                filled.Count(m => m.CompletedAt is not null),
                missions.Count(m => m.Status == MissionStatus.Closed),
                missions.Count(m => m.Status == MissionStatus.Cancelled),
                missions.Count(m => m.Status == MissionStatus.Open)),
            Statistics.Median(filled.Where(m => m.ClosedAt is not null).Select(m => (m.ClosedAt!.Value - m.CreatedAt).TotalDays)),
            new CandidacyFigures(counted.Count, answered, counted.Count == 0 ? null : (double)answered / counted.Count, candidacies.Count - counted.Count),
            Enum.GetValues<CandidacySource>().ToDictionary(s => s.ToString(), s => candidacies.Count(c => c.Source == s)),
            Fairness(from, to),
            SkillsGap(missions),
            new ContributionFigures(
                yearContributions.Count(c => c.Amount is not null),
                yearContributions.Sum(c => c.Amount ?? 0),
                yearContributions.Count(c => c.Amount is null)),
            new FeedbackFigures(ratings.Count, ratings.Count == 0 ? null : ratings.Average(r => r.Rating!.Value)),
            Owners(missions, byMission, now < to ? now : to),
            missions.Select(m => Line(m, byMission[m.Number].ToList())).ToList());
    }

    private PingFairness Fairness(DateTime from, DateTime to)
    {
        var perPerson = pings.PingsPerPerson(from, to);
        var people = history.PeopleIds().Union(perPerson.Keys).ToList();
        var counts = people.Select(p => perPerson.GetValueOrDefault(p)).ToList();
        return new PingFairness(people.Count, counts.Sum(), Statistics.TopShare(counts, TopPercent), Statistics.Gini(counts));
    }

    private List<SkillGap> SkillsGap(IReadOnlyList<Mission> missions)
    {
        var available = skills.PeoplePerSkill();
        return missions
            .SelectMany(m => m.Skills.DistinctBy(TextNormalizer.Fold))
            .GroupBy(TextNormalizer.Fold)
            .Select(g => new SkillGap(g.First(), g.Count(), available.GetValueOrDefault(g.Key)))
            .OrderByDescending(s => s.Asked)
            .ThenByDescending(s => s.Gap)
            .ThenBy(s => s.Skill, StringComparer.Ordinal)
            .Take(MaxSkills)
            .ToList();
    }

    private List<OwnerFigures> Owners(IReadOnlyList<Mission> missions, ILookup<int, Candidacy> byMission, DateTime asOf) =>
        missions
            .GroupBy(m => m.OwnerId)
            .Select(g =>
            {
                var r = ResponsivenessService.Compute(g.SelectMany(m => byMission[m.Number]), asOf, responsiveness.Grace);
                return new OwnerFigures(g.Last().OwnerUsername, r.Counted, r.Answered, r.Share, r.MedianDelay?.TotalDays);
            })
            .Where(o => o.Counted > 0)
            .OrderByDescending(o => o.Counted)
            .ThenBy(o => o.Username, StringComparer.Ordinal)
            .ToList();

    private MissionLine Line(Mission mission, List<Candidacy> candidacies)
    {
        var counted = candidacies.Where(c => c.Status != CandidacyStatus.Withdrawn).ToList();
        var given = contributions.ForMission(mission.Number);
        var rated = feedback.ForMission(mission.Number).Where(f => f.Rating is not null).ToList();
        return new MissionLine(
            mission.Number,
            mission.Title,
            mission.Description,
            mission.OwnerUsername,
            mission.Status,
            mission.CreatedAt,
            mission.ClosedAt,
            mission.CompletedAt,
            mission.Paid,
            mission.Skills,
            counted.Count,
            counted.Count(c => c.AnsweredAt is not null),
            counted.Where(c => c.Status == CandidacyStatus.Selected).Select(c => c.Username).ToList(),
            mission.ContributionPercent,
            mission.ContributionFree,
            given.Sum(c => c.Amount ?? 0),
            given.Where(c => c.Amount is null).Select(c => c.Description).ToList(),
            rated.Count,
            rated.Count == 0 ? null : rated.Average(f => f.Rating!.Value));
    }
}
