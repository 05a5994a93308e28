using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Interpellation;

public sealed class PingTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness(new Dictionary<string, string?> { ["Missions:Coordinators:0"] = "coord" });

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private int PingsOf(string username) =>
        _bot.Get<PingRepository>().All().Count(p => p.PersonId == $"u-{username}");

    [Test]
    public async Task Ping_AsksTheBestFittingMembers_AndTellsEachWhy()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "WordPress, graphisme");
        var carol = await _bot.MemberAsync("carol", "wp");
        var dan = await _bot.MemberAsync("dan", "cuisine");
        var number = await _bot.MissionAsync(alice, "Refonte du site | compétences: wordpress, design graphique | lieu: Lyon");

        var reply = await _bot.CommandAsync(alice, $"ping {number} 2");

        var toBob = _bot.DirectTexts(bob).Single();
        Assert.Multiple(() =>
        {
            Assert.That(toBob, Does.Contain("@alice cherche quelqu'un pour la mission **#1**"));
            Assert.That(toBob, Does.Contain("tu as indiqué WordPress et graphisme"));
            Assert.That(toBob, Does.Contain("`oui`, `non` ou `pas maintenant`"));
            Assert.That(_bot.DirectTexts(carol).Single(), Does.Contain("tu as indiqué WordPress"));
            Assert.That(_bot.DirectTexts(dan), Is.Empty);
            Assert.That(reply.PrivateText, Does.Contain("J'ai écrit en privé à 2 personnes"));
            Assert.That(reply.PrivateText, Does.Contain("@bob : a indiqué WordPress et graphisme"));
            Assert.That(reply.PrivateText.IndexOf("@bob", StringComparison.Ordinal), Is.LessThan(reply.PrivateText.IndexOf("@carol", StringComparison.Ordinal)), "two skills rank above one");
            Assert.That(PingsOf("bob") + PingsOf("carol"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Ping_ByAnotherMember_IsRefusedAndSendsNothing()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");

        var reply = await _bot.CommandAsync(bob, $"ping {number}");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("portée par @alice"));
        Assert.That(_bot.DirectTexts(bob), Is.Empty);
    }

    [Test]
    public async Task Ping_ByACoordinator_IsAllowed()
    {
        var alice = _bot.Chat.AddUser("alice");
        var coord = _bot.Chat.AddUser("coord");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");

        var reply = await _bot.CommandAsync(coord, $"ping {number}");

        Assert.That(reply.IsError, Is.False);
        Assert.That(_bot.DirectTexts(bob), Has.Count.EqualTo(1));
    }

    [TestCase("ping", "numéro")]
    [TestCase("ping 99", "#99")]
    [TestCase("ping 1 beaucoup", "entre 1 et 20")]
    public async Task Ping_BadInput_IsExplained(string command, string explanation)
    {
        var alice = _bot.Chat.AddUser("alice");
        await _bot.MissionAsync(alice, "Site | compétences: wordpress");

        var reply = await _bot.CommandAsync(alice, command);

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain(explanation));
    }

    [Test]
    public async Task Ping_SkipsPausedStoppedAndCappedPeople_AndSaysWhy()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var carol = await _bot.MemberAsync("carol", "wordpress");
        var dan = await _bot.MemberAsync("dan", "wordpress", place: "Lyon");
        var erin = await _bot.MemberAsync("erin", "wordpress");
        await _bot.CommandAsync(bob, "pause 14j");
        await _bot.CommandAsync(carol, "stop");
        await _bot.CommandAsync(dan, "limit 1");
        var first = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(alice, $"ping {first} 1");
        // In Lyon, dan ranks first for the second mission, but his limit is one ping a week.
        var second = await _bot.MissionAsync(alice, "Blog | compétences: wordpress | lieu: Lyon");

        var reply = await _bot.CommandAsync(alice, $"ping {second} 1");

        Assert.Multiple(() =>
        {
            Assert.That(_bot.DirectTexts(dan), Has.Count.EqualTo(1), "dan's limit is one a week");
            Assert.That(_bot.DirectTexts(erin), Has.Count.EqualTo(1));
            Assert.That(_bot.DirectTexts(bob), Is.Empty);
            Assert.That(_bot.DirectTexts(carol), Is.Empty);
            Assert.That(reply.PrivateText, Does.Contain("@bob : en pause jusqu'au 07/12/2026"));
            Assert.That(reply.PrivateText, Does.Contain("@carol : ne souhaite plus être sollicité·e"));
            Assert.That(reply.PrivateText, Does.Contain("@dan : a déjà reçu assez de sollicitations cette semaine"));
            Assert.That(reply.PrivateText, Does.Contain("J'ai écrit en privé à 1 personne"));
        });
    }

    [Test]
    public async Task Ping_Rotation_AMemberPingedYesterdayRanksBelowAnEqualOneNeverPinged()
    {
        var alice = _bot.Chat.AddUser("alice");
        var carol = await _bot.MemberAsync("carol", "wordpress");
        var dan = await _bot.MemberAsync("dan", "wordpress");
        var first = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(alice, $"ping {first} 1");
        Assert.That(_bot.DirectTexts(carol), Has.Count.EqualTo(1), "equal scores: alphabetical order first");
        _bot.Clock.Advance(TimeSpan.FromDays(1));
        var second = await _bot.MissionAsync(alice, "Blog | compétences: wordpress");

        await _bot.CommandAsync(alice, $"ping {second} 1");

        Assert.That(_bot.DirectTexts(dan).Single(), Does.Contain($"#{second}"));
        Assert.That(_bot.DirectTexts(carol), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Ping_SameMissionTwice_NeverAsksAnyoneAgain()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var carol = await _bot.MemberAsync("carol", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(alice, $"ping {number} 1");

        var second = await _bot.CommandAsync(alice, $"ping {number} 1");
        var third = await _bot.CommandAsync(alice, $"ping {number} 1");

        Assert.That(_bot.DirectTexts(bob), Has.Count.EqualTo(1));
        Assert.That(_bot.DirectTexts(carol), Has.Count.EqualTo(1));
        Assert.That(second.PrivateText, Does.Contain("@carol : a indiqué WordPress"));
        Assert.That(third.PrivateText, Does.Contain("Je n'ai écrit à personne"));
        Assert.That(third.PrivateText, Does.Contain("@bob : déjà sollicité·e pour cette mission").And.Contain("@carol : déjà sollicité·e"));
    }

    [Test]
    public async Task Ping_NeverAsksTheOwnerNorACandidate()
    {
        var alice = await _bot.MemberAsync("alice", "wordpress");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(bob, $"join {number}");
        var before = _bot.DirectTexts(alice).Count;

        var reply = await _bot.CommandAsync(alice, $"ping {number}");

        Assert.That(_bot.DirectTexts(bob).Where(t => t.Contains("pas maintenant", StringComparison.Ordinal)), Is.Empty);
        Assert.That(_bot.DirectTexts(alice), Has.Count.EqualTo(before));
        Assert.That(reply.PrivateText, Does.Contain("@bob : déjà candidat·e").And.Not.Contain("@alice :"));
    }

    [Test]
    public async Task Ping_NobodyWithTheSkill_SuggestsCooptation()
    {
        var alice = _bot.Chat.AddUser("alice");
        await _bot.MemberAsync("bob", "cuisine");
        var number = await _bot.MissionAsync(alice, "Compta | compétences: comptabilité");

        var reply = await _bot.CommandAsync(alice, $"ping {number}");

        Assert.That(reply.PrivateText, Does.Contain("Personne dans le réseau").And.Contain($"coopt {number}"));
    }

    [Test]
    public async Task Ping_WeeklyCap_CountsSevenDaysAndThenFreesUp()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        for (var i = 0; i < 3; i++)
        {
            var number = await _bot.MissionAsync(alice, $"Site {i} | compétences: wordpress");
            await _bot.CommandAsync(alice, $"ping {number}");
        }
        Assert.That(_bot.DirectTexts(bob), Has.Count.EqualTo(2), "default cap: 2 a week");

        _bot.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        var later = await _bot.MissionAsync(alice, "Site 4 | compétences: wordpress");
        await _bot.CommandAsync(alice, $"ping {later}");

        Assert.That(_bot.DirectTexts(bob), Has.Count.EqualTo(3));
    }

    [Test]
    [Repeat(5)]
    public async Task Ping_TwoCommandsAtTheSameTime_NeverExceedACap()
    {
        var alice = _bot.Chat.AddUser("alice");
        var members = new List<MissionBot.Chat.ChatUser>();
        for (var i = 0; i < 6; i++)
        {
            var member = await _bot.MemberAsync($"m{i}", "wordpress");
            await _bot.CommandAsync(member, "limit 1");
            members.Add(member);
        }
        var first = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        var second = await _bot.MissionAsync(alice, "Blog | compétences: wordpress");
        _bot.Chat.YieldOnDirect = true;

        await Task.WhenAll(
            Task.Run(() => _bot.CommandAsync(alice, $"ping {first} 5")),
            Task.Run(() => _bot.CommandAsync(alice, $"ping {second} 5")));

        var pings = _bot.Get<PingRepository>().All().ToList();
        Assert.Multiple(() =>
        {
            foreach (var member in members)
            {
                Assert.That(pings.Count(p => p.PersonId == member.Id), Is.LessThanOrEqualTo(1), member.Username);
                Assert.That(_bot.DirectTexts(member), Has.Count.LessThanOrEqualTo(1), member.Username);
            }
            Assert.That(pings, Has.Count.EqualTo(6), "everyone is asked once, by one mission or the other");
        });
    }

    [Test]
    public async Task Me_ShowsHowOftenAndForWhatIWasPinged()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Refonte du site | compétences: wordpress");
        await _bot.CommandAsync(alice, $"ping {number}");
        _bot.Clock.Advance(TimeSpan.FromDays(40));

        var me = await _bot.CommandAsync(bob, "me");

        Assert.That(me.PrivateText, Does.Contain("Sollicité·e 0 fois ces 30 derniers jours, 1 fois ces 90 derniers jours"));
        Assert.That(me.PrivateText, Does.Contain("23/11/2026 : **#1** « Refonte du site » (sollicitation)"));
    }

    [Test]
    public async Task Ping_OnAClosedMission_IsRefused()
    {
        var alice = _bot.Chat.AddUser("alice");
        await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        var mission = _bot.Database.Missions.FindById(number);
        mission.Status = MissionStatus.Closed;
        _bot.Database.Missions.Update(mission);

        var reply = await _bot.CommandAsync(alice, $"ping {number}");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("n'est plus ouverte"));
    }

    [Test]
    public async Task Ping_WhenTheMessageCannotBeSent_NeitherCountsNorWaitsForAnAnswer()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var number = await _bot.MissionAsync(alice, "Site | compétences: wordpress");
        _bot.Chat.FailDirects = true;

        var reply = await _bot.CommandAsync(alice, $"ping {number}");
        _bot.Chat.FailDirects = false;
        var retry = await _bot.CommandAsync(alice, $"ping {number}");

        Assert.That(reply.PrivateText, Does.Contain("@bob : message impossible à envoyer"));
        Assert.That(retry.PrivateText, Does.Contain("J'ai écrit en privé à 1 personne"), "the failed ping did not count as asked");
        Assert.That(PingsOf("bob"), Is.EqualTo(1));
        Assert.That(_bot.DirectTexts(bob), Has.Count.EqualTo(1));
    }
}
