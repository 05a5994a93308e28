using LiteDB;
using MissionBot.Cooptation;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Storage;

namespace MissionBot.Bench;

/// <summary>
/// A synthetic network in a LiteDB file on disk: people with five skills each (a few skills are common, most
/// are rare, as in a real network), places, pings in the last 90 days, cooptations and missions done.
/// Deterministic for a given size, and cached between runs (seeding 100k people takes a while).
/// </summary>
public static class BenchNetwork
{
    public const int SkillsPerPerson = 5;
    public const int VocabularySize = 200;

    /// <summary>Bump when the shape of the data changes, so that stale cached files are not reused.</summary>
    private const int Version = 1;

    private static readonly string[] Cities =
    [
        "Lyon", "Paris", "Marseille", "Lille", "Nantes", "Rennes", "Bordeaux", "Toulouse", "Montpellier", "Grenoble",
        "Saint-Denis", "Brest", "Strasbourg", "Dijon", "Tours", "Clermont-Ferrand", "Limoges", "Rouen", "Caen", "Nancy",
    ];

    /// <summary>Skill names, most common first.</summary>
    public static IReadOnlyList<string> Vocabulary { get; } = Enumerable.Range(0, VocabularySize).Select(i => $"competence {i:D3}").ToList();

    public static string PathFor(int people) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "missionbot-bench", $"network-v{Version}-{people}.db");

    /// <summary>Returns the database file for <paramref name="people"/> members, creating it if needed.</summary>
    public static string Ensure(int people, DateTime now, Action<string> log)
    {
        var path = PathFor(people);
        if (File.Exists(path))
        {
            log($"Reusing {path}");
            return path;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var building = path + ".building";
        File.Delete(building);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using (var db = new BotDatabase(building))
        {
            Seed(db, people, now);
        }
        File.Move(building, path);
        log($"Seeded {people} people into {path} in {started.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    private static void Seed(BotDatabase db, int count, DateTime now)
    {
        var random = new Random(20261123);
        var weights = Vocabulary.Select((_, rank) => 1.0 / Math.Pow(rank + 1, 0.9)).ToArray();
        var cumulative = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }
        int DrawSkill()
        {
            var x = random.NextDouble() * total;
            var index = Array.BinarySearch(cumulative, x);
            return index >= 0 ? index : ~index;
        }

        var people = new List<Person>(count);
        var profiles = new List<MemberProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"u{i}";
            var username = $"member{i}";
            var firstSeen = now.AddDays(-random.Next(0, 730));
            people.Add(new Person { Id = id, Username = username, DisplayName = username, FirstSeenAt = firstSeen, LastActiveAt = firstSeen.AddDays(random.Next(0, 30)) });
            var skills = new HashSet<int>();
            while (skills.Count < SkillsPerPerson)
            {
                skills.Add(DrawSkill());
            }
            var roll = random.NextDouble();
            profiles.Add(new MemberProfile
            {
                Id = id,
                Username = username,
                Skills = skills.Select(s => new MemberSkill { Key = SkillCatalog.Normalize(Vocabulary[s]), Label = Vocabulary[s] }).ToList(),
                Place = Cities[Math.Min(Cities.Length - 1, (int)(Cities.Length * random.NextDouble() * random.NextDouble()))],
                Stopped = roll < 0.02,
                PausedUntil = roll is >= 0.02 and < 0.05 ? now.AddDays(random.Next(1, 30)) : null,
                PingLimit = roll is >= 0.05 and < 0.08 ? 1 : null,
                FirstSeenAt = firstSeen,
                UpdatedAt = firstSeen,
            });
        }
        db.People.InsertBulk(people);
        db.Collection<MemberProfile>(CollectionNames.Profiles).InsertBulk(profiles);

        // 500 past missions; one selected candidacy on each of most of them ("missions done").
        var missions = new List<Mission>();
        for (var m = 1; m <= 500; m++)
        {
            missions.Add(new Mission
            {
                Number = m,
                Title = $"Mission {m}",
                Skills = [Vocabulary[DrawSkill()], Vocabulary[DrawSkill()]],
                OwnerId = $"u{random.Next(count)}",
                OwnerUsername = "owner",
                Status = MissionStatus.Closed,
                CreatedAt = now.AddDays(-random.Next(1, 365)),
                DueDate = now.AddDays(-random.Next(1, 365)),
            });
        }
        db.Missions.InsertBulk(missions);
        var candidacies = new Dictionary<string, Candidacy>();
        for (var c = 0; c < Math.Min(5000, count / 20); c++)
        {
            var mission = missions[random.Next(missions.Count)];
            var personId = $"u{random.Next(count)}";
            var key = Candidacy.KeyFor(mission.Number, personId);
            candidacies[key] = new Candidacy
            {
                Key = key,
                MissionNumber = mission.Number,
                PersonId = personId,
                Username = "member",
                Status = CandidacyStatus.Selected,
                CreatedAt = mission.CreatedAt,
            };
        }
        db.Candidacies.InsertBulk(candidacies.Values);

        // A fifth of the members were pinged one to three times in the last 90 days.
        var pings = new List<PingRecord>();
        for (var i = 0; i < count; i += 5)
        {
            for (var p = random.Next(1, 4); p > 0; p--)
            {
                pings.Add(new PingRecord
                {
                    PersonId = $"u{i + random.Next(5) % Math.Max(1, count - i)}",
                    MissionNumber = random.Next(1, 501),
                    Kind = (PingKind)random.Next(0, 3),
                    At = now.AddHours(-random.Next(1, 90 * 24)),
                });
            }
        }
        db.Collection<PingRecord>(CollectionNames.Pings).InsertBulk(pings);

        var cooptations = new List<CooptationRecord>();
        for (var c = 0; c < count / 10; c++)
        {
            cooptations.Add(new CooptationRecord
            {
                MissionNumber = random.Next(1, 501),
                NominatorId = $"u{random.Next(count)}",
                NominatorUsername = "nominator",
                NomineeId = $"u{random.Next(count)}",
                NomineeUsername = "nominee",
                SkillKeys = [SkillCatalog.Normalize(Vocabulary[DrawSkill()])],
                At = now.AddDays(-random.Next(1, 365)),
                Answer = CooptationAnswer.Accepted,
            });
        }
        db.Collection<CooptationRecord>(CollectionNames.Cooptations).InsertBulk(cooptations);
    }
}
