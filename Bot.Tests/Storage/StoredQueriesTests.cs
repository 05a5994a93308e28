using LiteDB;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// The queries whose values change at each call: right answers, through the index, and one expression text
/// whatever the values (LiteDB compiles and keeps every distinct text for the life of the process).
/// </summary>
public sealed class StoredQueriesTests
{
    private static readonly DateTime Monday = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void AnOwnersCandidacies_AreReadThroughTheMissionIndex_WhateverTheMissions()
    {
        using var file = TestDatabases.Temporary("missionbot-queries");
        using var db = new BotDatabase(file.Path);
        var missions = new MissionRepository(db);
        for (var i = 0; i < 30; i++)
        {
            var mission = missions.Insert(new Mission { Title = $"Mission {i}", OwnerId = i < 20 ? "alice" : "bob", CreatedAt = Monday });
            db.Candidacies.Insert(new Candidacy
            {
                Key = Candidacy.KeyFor(mission.Number, $"p{i}"), MissionNumber = mission.Number, PersonId = $"p{i}",
                CreatedAt = Monday.AddMinutes(30 - i),
            });
        }
        var history = new MissionHistory(db);

        var alices = history.CandidaciesOf(history.OwnedBy("alice"));
        var bobs = history.CandidaciesOf(history.OwnedBy("bob"));
        var plan = db.Candidacies.Query().Where(StoredQueries.MissionNumberIn(new BsonArray(new BsonValue(1), new BsonValue(2)))).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(alices.Select(c => c.PersonId), Is.EqualTo(Enumerable.Range(0, 20).Reverse().Select(i => $"p{i}")), "alice's only, oldest first");
            Assert.That(bobs.Select(c => c.PersonId), Is.EquivalentTo(Enumerable.Range(20, 10).Select(i => $"p{i}")));
            Assert.That(history.CandidaciesOf([]), Is.Empty);
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(Candidacy.MissionNumber)), "an index seek, not a scan of every candidacy");
            Assert.That(StoredQueries.MissionNumberIn([1, 2, 3]).Source, Is.EqualTo(StoredQueries.MissionNumberIn([4]).Source),
                "the numbers are a parameter, not part of the text LiteDB compiles");
        });
    }

    [Test]
    public void AMissionIsFoundByItsAnnouncement_ThroughTheIndex()
    {
        using var file = TestDatabases.Temporary("missionbot-queries");
        using var db = new BotDatabase(file.Path);
        var missions = new MissionRepository(db);
        for (var i = 0; i < 20; i++)
        {
            missions.Insert(new Mission { Title = $"Mission {i}", AnnouncementPostId = $"post{i}", CreatedAt = Monday });
        }

        var plan = db.Missions.Query().Where(StoredQueries.AnnouncementIs("post7")).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(missions.FindByAnnouncement("post7")?.Title, Is.EqualTo("Mission 7"));
            Assert.That(missions.FindByAnnouncement("post7 "), Is.Null, "an exact match");
            Assert.That(missions.FindByAnnouncement(""), Is.Null);
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(Mission.AnnouncementPostId)));
            Assert.That(StoredQueries.AnnouncementIs("post1").Source, Is.EqualTo(StoredQueries.AnnouncementIs("post2").Source));
        });
    }
}
