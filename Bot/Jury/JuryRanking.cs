using MissionBot.Decisions;
using MissionBot.Missions;

namespace MissionBot.Jury;

/// <summary>
/// Ranks candidacies by the jury's scores: for each juror, Σ weight × score / 5; then the mean over the jurors
/// who scored the candidacy. Candidacies nobody scored come last, unranked totals of 0.
/// </summary>
public static class JuryRanking
{
    public static IReadOnlyList<RankedCandidacy> Compute(MissionJury jury, IReadOnlyList<JuryScore> scores, IReadOnlyList<Candidacy> candidacies)
    {
        var rows = CandidateLabels.Of(candidacies)
            .Where(l => l.Candidacy.Status != CandidacyStatus.Withdrawn)
            .Select(l =>
            {
                var mine = scores.Where(s => s.CandidateId == l.Candidacy.PersonId && s.Scores.Count == jury.Criteria.Count).ToList();
                var perCriterion = jury.Criteria
                    .Select((c, i) => mine.Count == 0 ? 0 : mine.Average(s => (double)c.Weight * s.Scores[i] / JuryGrid.MaxScore))
                    .ToList();
                return (l.Label, l.Candidacy, Total: perCriterion.Sum(), PerCriterion: perCriterion, Scorers: mine.Count);
            })
            .OrderByDescending(r => r.Scorers > 0)
            .ThenByDescending(r => r.Total)
            .ThenBy(r => r.Label.Length)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return rows.Select((r, i) => new RankedCandidacy(i + 1, r.Label, r.Candidacy, r.Total, r.PerCriterion, r.Scorers)).ToList();
    }
}
