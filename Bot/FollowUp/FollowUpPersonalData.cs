using MissionBot.Privacy;
using MissionBot.Storage;

namespace MissionBot.FollowUp;

/// <summary>
/// After-mission data: the person's ratings (erased; mentions of them leave other comments), their contributions
/// (kept for the yearly totals, without their name) and the evidence of their skills (erased).
/// </summary>
public sealed class FollowUpPersonalData(FeedbackRepository feedback, ContributionRepository contributions, EvidenceRepository evidence) : IPersonalDataSource
{
    public string Name => "afterMissions";

    public object? Export(PersonalDataSubject subject) => new
    {
        Feedback = feedback.ForPerson(subject.PersonId).Select(f => new { f.MissionNumber, f.IsOwner, f.AskedAt, f.Rating, f.Comment, f.AnsweredAt }).ToList(),
        Contributions = contributions.ForPerson(subject.PersonId).Select(c => new { c.MissionNumber, c.Amount, c.Description, c.RecordedAt }).ToList(),
        SkillEvidence = evidence.ForPerson(subject.PersonId).Select(e => new { e.MissionNumber, e.Skills, e.DoneAt }).ToList(),
    };

    public int Erase(PersonalDataSubject subject) =>
        feedback.DeleteForPerson(subject.PersonId)
        + feedback.ScrubMentions(subject.Username)
        + contributions.Anonymise(subject.PersonId, subject.AnonymousId)
        + evidence.DeleteForPerson(subject.PersonId);
}
