using System.Globalization;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>
/// People and missions on both sides: users in the fake Mattermost, announcement posts in ~missions, and the
/// same people and missions written straight into a LiteDB file before the bot opens it.
/// </summary>
public sealed class Seeder(FakeMattermostServer fake)
{
    private static readonly string[] SkillPool =
    [
        "menuiserie", "compta", "graphisme", "cuisine", "jardinage", "vélo", "électricité", "animation",
        "communication", "juridique", "informatique", "photo", "couture", "plomberie", "accueil", "traduction",
    ];

    public List<FakeUser> Volunteers { get; } = [];

    public List<Mission> Missions { get; } = [];

    public FakeUser? Owner { get; private set; }

    public async Task SeedChatAsync(int people, int missions)
    {
        Owner = fake.AddUser("coordinatrice");
        for (var i = 0; i < people; i++)
        {
            Volunteers.Add(fake.AddUser("membre" + i.ToString(CultureInfo.InvariantCulture)));
        }
        for (var i = 1; i <= missions; i++)
        {
            var title = "Mission " + i.ToString(CultureInfo.InvariantCulture);
            var root = await fake.UserPostsAsync(fake.Bot, fake.MissionsChannel.Id, "**" + title + "**");
            Missions.Add(new Mission
            {
                Title = title,
                Description = "Un coup de main pour " + title,
                Skills = [.. Enumerable.Range(i, 3).Select(k => SkillPool[k % SkillPool.Length])],
                OwnerId = Owner.Id,
                OwnerUsername = Owner.Username,
                ChannelId = fake.MissionsChannel.Id,
                AnnouncementPostId = root.Id,
                CreatedAt = DateTime.UtcNow,
            });
        }
    }

    /// <summary>Writes the database the bot will open: the chat's people (plus <paramref name="extraPeople"/>
    /// who never talk, to grow the file) and every mission.</summary>
    public void WriteDatabase(string path, int extraPeople)
    {
        using var db = new BotDatabase(path);
        var now = DateTime.UtcNow;
        var people = Volunteers.Append(Owner!).Select(u => new Person
        {
            Id = u.Id, Username = u.Username, DisplayName = u.Username, FirstSeenAt = now, LastActiveAt = now,
        });
        var silent = Enumerable.Range(0, extraPeople).Select(i => new Person
        {
            Id = MattermostIds.NewId(),
            Username = "silencieux" + i.ToString(CultureInfo.InvariantCulture),
            DisplayName = "Silencieux " + i.ToString(CultureInfo.InvariantCulture),
            FirstSeenAt = now,
            LastActiveAt = now,
        });
        db.People.InsertBulk(people.Concat(silent));
        db.Missions.InsertBulk(Missions.Select(Copy));
    }

    // LiteDB sets Number on insert: each database gets fresh copies so the numbers are 1..N in both.
    private static Mission Copy(Mission m) => new()
    {
        Title = m.Title, Description = m.Description, Skills = [.. m.Skills], OwnerId = m.OwnerId,
        OwnerUsername = m.OwnerUsername, ChannelId = m.ChannelId, AnnouncementPostId = m.AnnouncementPostId,
        CreatedAt = m.CreatedAt,
    };
}
