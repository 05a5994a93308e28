using MissionBot.Chat;
using MissionBot.Interpellation;
using MissionBot.People.Skills;
using MissionBot.Storage;

namespace MissionBot.People;

/// <summary>
/// Changes a member's skills and preferences, and keeps the ranking index in step with every change.
/// </summary>
public sealed class ProfileService(
    ProfileRepository profiles,
    PersonRepository people,
    InterpellationIndex index,
    TimeProvider clock,
    ILogger<ProfileService> logger)
{
    /// <summary>Most skills one member can declare: a profile, not a dictionary.</summary>
    public const int MaxSkills = 30;

    private readonly Lock _gate = new();

    public MemberProfile? Find(string personId) => profiles.Find(personId);

    /// <summary>Adds skills; returns those really added (the others were already there or over the limit).</summary>
    public IReadOnlyList<Skill> AddSkills(ChatUser user, IReadOnlyList<Skill> skills)
    {
        var added = new List<Skill>();
        Change(user, profile =>
        {
            foreach (var skill in skills)
            {
                if (profile.Skills.Count < MaxSkills && profile.Skills.All(s => s.Key != skill.Key))
                {
                    profile.Skills.Add(new MemberSkill { Key = skill.Key, Label = skill.Label });
                    added.Add(skill);
                }
            }
        });
        logger.LogInformation("{Person} declared {Count} new skills", user.Username, added.Count);
        return added;
    }

    /// <summary>Removes skills (synonyms count); returns the labels really removed.</summary>
    public IReadOnlyList<string> RemoveSkills(ChatUser user, IReadOnlyList<Skill> skills)
    {
        var removed = new List<string>();
        Change(user, profile =>
        {
            foreach (var skill in skills)
            {
                var found = profile.Skills.FirstOrDefault(s => s.Key == skill.Key);
                if (found is not null)
                {
                    profile.Skills.Remove(found);
                    removed.Add(found.Label);
                }
            }
        });
        logger.LogInformation("{Person} removed {Count} skills", user.Username, removed.Count);
        return removed;
    }

    public void SetPlace(ChatUser user, string place) => Change(user, profile => profile.Place = place);

    public void PauseUntil(ChatUser user, DateTime until)
    {
        Change(user, profile => profile.PausedUntil = until);
        logger.LogInformation("{Person} paused pings until {Until}", user.Username, until);
    }

    /// <summary>Ends a pause and a stop: the member can be pinged again.</summary>
    public void Resume(ChatUser user)
    {
        Change(user, profile =>
        {
            profile.PausedUntil = null;
            profile.Stopped = false;
        });
        logger.LogInformation("{Person} resumed pings", user.Username);
    }

    public void Stop(ChatUser user)
    {
        Change(user, profile => profile.Stopped = true);
        logger.LogInformation("{Person} asked never to be pinged again", user.Username);
    }

    public void SetLimit(ChatUser user, int perWeek)
    {
        Change(user, profile => profile.PingLimit = perWeek);
        logger.LogInformation("{Person} set their ping limit to {Limit} a week", user.Username, perWeek);
    }

    private void Change(ChatUser user, Action<MemberProfile> change)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            var profile = profiles.Find(user.Id) ?? new MemberProfile
            {
                Id = user.Id,
                FirstSeenAt = people.Find(user.Id)?.FirstSeenAt.ToUniversalTime() ?? now,
            };
            profile.Username = user.Username;
            change(profile);
            profile.UpdatedAt = now;
            profiles.Save(profile);
            index.Apply(profile);
        }
    }
}
