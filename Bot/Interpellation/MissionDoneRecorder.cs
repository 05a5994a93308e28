using MissionBot.FollowUp;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;

namespace MissionBot.Interpellation;

/// <summary>A mission is done: the people who did it gain evidence for its skills, and rotation counts it.</summary>
public sealed class MissionDoneRecorder(InterpellationIndex index, PersonRepository people, TimeProvider clock) : IMissionDoneListener
{
    public Task MissionDoneAsync(Mission mission, IReadOnlyList<Candidacy> selected, CancellationToken cancellationToken)
    {
        var at = (mission.DueDate ?? clock.GetUtcNow().UtcDateTime).ToUniversalTime();
        foreach (var candidacy in selected.Where(c => !ForgottenPerson.Is(c.PersonId)))
        {
            var person = people.Find(candidacy.PersonId) ?? new Person { Id = candidacy.PersonId, Username = candidacy.Username };
            index.AddMissionDone(person, mission, at);
        }
        return Task.CompletedTask;
    }
}
