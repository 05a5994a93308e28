using MissionBot.Privacy;
using MissionBot.Storage;

namespace MissionBot.Jury;

/// <summary>
/// Juries the person sat on, the scores they gave (erased) and the scores their candidacies received (kept for
/// the ranking under the anonymous id, the same as their anonymised candidacies).
/// </summary>
public sealed class JuryPersonalData(JuryRepository juries) : IPersonalDataSource
{
    public string Name => "juries";

    public object? Export(PersonalDataSubject subject) => new
    {
        JurorOf = juries.All().SelectMany(j => j.Jurors.Where(r => r.PersonId == subject.PersonId).Select(r => new { j.MissionNumber, r.AddedAt })).ToList(),
        KeptOffJuries = juries.All().SelectMany(j => j.Events.Where(e => e.PersonId == subject.PersonId).Select(e => new { j.MissionNumber, e.Kind, e.At })).ToList(),
        ScoresGiven = juries.ScoresGivenBy(subject.PersonId).Select(s => new { s.MissionNumber, s.Scores, s.At }).ToList(),
        ScoresReceived = juries.ScoresAbout(subject.PersonId).Select(s => new { s.MissionNumber, s.Scores, s.At }).ToList(),
    };

    public int Erase(PersonalDataSubject subject)
    {
        var touched = 0;
        foreach (var jury in juries.All())
        {
            var removed = jury.Jurors.RemoveAll(j => j.PersonId == subject.PersonId)
                + jury.Events.RemoveAll(e => e.PersonId == subject.PersonId
                    || string.Equals(e.CandidateUsername, subject.Username, StringComparison.OrdinalIgnoreCase));
            if (removed > 0)
            {
                juries.Save(jury);
                touched += removed;
            }
        }
        return touched + juries.DeleteScoresGivenBy(subject.PersonId) + juries.AnonymiseScoresAbout(subject.PersonId, subject.AnonymousId);
    }
}
