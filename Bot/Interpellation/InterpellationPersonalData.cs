using MissionBot.Privacy;
using MissionBot.Storage;

namespace MissionBot.Interpellation;

/// <summary>
/// Targeted calls' share of a person's data: their skills and preferences, the pings they received, the questions
/// asked to them, the recommendations of them (erased) and by them (kept for the nominee, without the nominator's
/// name). The ranking index forgets them at once.
/// </summary>
public sealed class InterpellationPersonalData(
    ProfileRepository profiles,
    PingRepository pings,
    QuestionRepository questions,
    CooptationRepository cooptations,
    InterpellationIndex index) : IPersonalDataSource
{
    public string Name => "targetedCalls";

    public object? Export(PersonalDataSubject subject)
    {
        var profile = profiles.Find(subject.PersonId);
        return new
        {
            Profile = profile is null ? null : new
            {
                Skills = profile.Skills.Select(s => s.Label).ToList(),
                profile.Place,
                profile.PausedUntil,
                profile.Stopped,
                profile.PingLimit,
            },
            Pings = pings.ForPerson(subject.PersonId, DateTime.MinValue).Select(p => new { p.MissionNumber, p.Kind, p.At }).ToList(),
            Questions = questions.ForPerson(subject.PersonId).Select(q => new { q.MissionNumber, q.Kind, q.Status, q.AskedAt, q.AnsweredAt }).ToList(),
            RecommendedFor = cooptations.OfNominee(subject.PersonId)
                .Select(c => new { c.MissionNumber, c.SkillKeys, c.At, c.Answer, By = c.Anonymous ? null : c.NominatorUsername })
                .ToList(),
            Recommended = cooptations.ByNominator(subject.PersonId)
                .Select(c => new { c.MissionNumber, c.NomineeUsername, c.At, c.Answer })
                .ToList(),
        };
    }

    public int Erase(PersonalDataSubject subject)
    {
        var touched = (profiles.Delete(subject.PersonId) ? 1 : 0)
            + pings.DeleteForPerson(subject.PersonId)
            + questions.DeleteForPerson(subject.PersonId)
            + cooptations.DeleteOfNominee(subject.PersonId);
        foreach (var made in cooptations.ByNominator(subject.PersonId))
        {
            // The nominee keeps the evidence of having been recommended; who recommended them is gone.
            made.NominatorId = subject.AnonymousId;
            made.NominatorUsername = "";
            made.Anonymous = true;
            cooptations.Update(made);
            touched++;
        }
        index.Forget(subject.PersonId);
        return touched;
    }
}
