using System.Text;
using System.Text.Json;
using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Privacy;

public sealed class PrivacyTests
{
    private static readonly int[] MissionsSheJoined = [2, 3];
    private static readonly int[] RatingsSheGave = [5, 4];

    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bertille = null!;
    private ChatUser _carl = null!;
    private ChatUser _jules = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness(new Dictionary<string, string?> { ["Missions:Coordinators:0"] = "zoe" });
        _alice = _bot.Chat.AddUser("alice");
        _bertille = _bot.Chat.AddUser("bertille");
        _carl = _bot.Chat.AddUser("carl");
        _jules = _bot.Chat.AddUser("jules");

        // Bertille owns a mission, decided and done, with feedback.
        await _bot.CommandAsync(_bertille, "new Atelier couture | compétences: couture");
        await _bot.CommandAsync(_carl, "join 1");
        await _bot.CommandAsync(_bertille, "select 1 @carl");
        await _bot.CommandAsync(_bertille, "done 1");
        await _bot.DirectAsync(_bertille, "5 Merci Carl");
        // She is selected on a paid mission with a jury, gives back, rates it; someone mentions her.
        await _bot.CommandAsync(_alice, "new Accompagnement | En lien avec @bertille | compétences: facilitation | rémunérée | contribution: 5%");
        await _bot.ReplyAsync(_bertille, _bot.Chat.ChannelPosts("c-missions")[^1].Post.PostId, "partante !");
        _bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await _bot.CommandAsync(_carl, "join 2");
        await _bot.CommandAsync(_alice, "jury 2 @jules");
        await _bot.DirectAsync(_jules, "noter 2 A 5 4 4");
        await _bot.DirectAsync(_jules, "noter 2 B 3 3 3");
        await _bot.CommandAsync(_alice, "select 2 @bertille raison: profil");
        await _bot.CommandAsync(_bertille, "contribution 2 150€");
        await _bot.CommandAsync(_alice, "done 2");
        await _bot.DirectAsync(_bertille, "4 Belle mission");
        // She waits on an open mission that a pending decision names her for, and sits on a jury.
        await _bot.CommandAsync(_alice, "new Compta");
        await _bot.CommandAsync(_bertille, "join 3");
        await _bot.CommandAsync(_carl, "join 3");
        await _bot.CommandAsync(_alice, "select 3 @bertille");
        await _bot.CommandAsync(_alice, "new Évaluation | rémunérée");
        await _bot.CommandAsync(_carl, "join 4");
        await _bot.CommandAsync(_alice, "jury 4 @bertille");
        await _bot.DirectAsync(_bertille, "noter 4 A 4 4 4");
        await _bot.DirectAsync(_bertille, "list");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task ForgetMe_Confirmed_LeavesNothingWithTheirIdOrUsernameInTheDatabaseFile()
    {
        var candidaciesBefore = _bot.Database.Candidacies.Count();
        Assert.That(DatabaseFilesContain("bertille"), Is.True, "the check can see her before");

        var asked = await _bot.CommandAsync(_bertille, "oublie-moi");
        var stillThere = _bot.Database.People.FindById(_bertille.Id);
        var done = await _bot.CommandAsync(_bertille, "oublie-moi confirmer");

        Assert.Multiple(() =>
        {
            Assert.That(asked.PrivateText, Does.Contain("/mission oublie-moi confirmer"));
            Assert.That(stillThere, Is.Not.Null, "nothing erased before the confirmation");
            Assert.That(done.PrivateText, Does.Contain("C'est fait"));
            Assert.That(DatabaseFilesContain("bertille"), Is.False, "neither her id (u-bertille) nor her username remain");
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(_bot.DatabasePath)!, Path.GetFileNameWithoutExtension(_bot.DatabasePath) + "-backup*"), Is.Empty);
            Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(candidaciesBefore), "missions keep their counts");
            Assert.That(_bot.Database.Candidacies.FindOne(c => c.MissionNumber == 3 && c.Username == "").Status, Is.EqualTo(CandidacyStatus.Withdrawn));
            Assert.That(_bot.Chat.Updates.Last().Message.Text, Does.Contain("Mission #3").And.Contain("**Candidatures :** 1"));
            Assert.That(_bot.Database.Missions.FindById(1).OwnerUsername, Is.Empty);
            Assert.That(_bot.Database.Missions.FindById(2).Description, Is.EqualTo("En lien avec @…"));
        });
    }

    [Test]
    public async Task ForgetMe_KeepsAnonymousCountsInTheYearlyReport()
    {
        await _bot.CommandAsync(_bertille, "oublie-moi confirmer");
        var zoe = _bot.Chat.AddUser("zoe");

        await _bot.CommandAsync(zoe, "report 2026");

        var summary = _bot.Chat.DirectsTo(zoe).Single(m => m.File?.FileName == "rapport-2026.json");
        Assert.That(summary.Text, Does.Contain("Contributions reçues : 150 €").And.Contain("Missions publiées : 4"));
        Assert.That(summary.Text, Does.Contain("(personne effacée)"));
    }

    [Test]
    public async Task ForgetMe_WhileOwningAnOpenMission_IsRefusedUntilItsCandidatesAreAnswered()
    {
        var reply = await _bot.CommandAsync(_alice, "forget-me confirm");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("(**#3**, **#4**)").And.Contain("Rien n'a été effacé"));
        Assert.That(_bot.Database.People.FindById(_alice.Id), Is.Not.Null);
    }

    [Test]
    public async Task MyData_SendsAJsonFileWithWhatIsStoredAboutThePerson()
    {
        var reply = await _bot.CommandAsync(_bertille, "mes-donnees");

        var sent = _bot.Chat.DirectsTo(_bertille).Single(m => m.File is not null);
        using var json = JsonDocument.Parse(sent.File!.Content);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(reply.PrivateText, Does.Contain("en privé"));
            Assert.That(sent.File.FileName, Is.EqualTo("missionbot-mes-donnees.json"));
            Assert.That(root.GetProperty("person").GetProperty("username").GetString(), Is.EqualTo("bertille"));
            Assert.That(root.GetProperty("candidacies").EnumerateArray().Select(c => c.GetProperty("missionNumber").GetInt32()), Is.EquivalentTo(MissionsSheJoined));
            Assert.That(root.GetProperty("missionsOwned")[0].GetProperty("title").GetString(), Is.EqualTo("Atelier couture"));
            Assert.That(root.GetProperty("afterMissions").GetProperty("feedback").EnumerateArray().Select(f => f.GetProperty("rating").GetInt32()), Is.EquivalentTo(RatingsSheGave));
            Assert.That(root.GetProperty("afterMissions").GetProperty("contributions")[0].GetProperty("amount").GetDecimal(), Is.EqualTo(150m));
            Assert.That(root.GetProperty("juries").GetProperty("scoresGiven")[0].GetProperty("missionNumber").GetInt32(), Is.EqualTo(4));
            Assert.That(root.GetProperty("juries").GetProperty("scoresReceived")[0].GetProperty("missionNumber").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("messagesFromTheBot").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(Encoding.UTF8.GetString(sent.File.Content), Does.Not.Contain("u-carl"), "other people's ids stay out of her export");
        });
    }

    [Test]
    public async Task MyData_OnAPlatformWithoutFiles_ComesInTheMessage()
    {
        _bot.Chat.FilesUnsupported = true;

        await _bot.CommandAsync(_carl, "my-data");

        Assert.That(_bot.Chat.DirectsTo(_carl)[^1].Text, Does.Contain("missionbot-mes-donnees.json").And.Contain("\"username\": \"carl\""));
    }

    /// <summary>Reads the raw bytes of the database file (and its log and backups, if any) while it is open.</summary>
    private bool DatabaseFilesContain(string text)
    {
        var directory = Path.GetDirectoryName(_bot.DatabasePath)!;
        var prefix = Path.GetFileNameWithoutExtension(_bot.DatabasePath);
        foreach (var file in Directory.GetFiles(directory, prefix + "*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            if (Contains(bytes, Encoding.UTF8.GetBytes(text)) || Contains(bytes, Encoding.UTF8.GetBytes(char.ToUpperInvariant(text[0]) + text[1..])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
