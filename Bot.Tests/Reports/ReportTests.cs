using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Reports;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Reports;

/// <summary>
/// A seeded year whose figures are computed by hand below: the report must find the same.
/// </summary>
public sealed class ReportTests
{
    private EngineHarness _bot = null!;
    private FakePingHistory _pings = null!;
    private ChatUser _zoe = null!;
    private ChatUser _bob = null!;

    [SetUp]
    public async Task SetUp()
    {
        var users = new Dictionary<string, ChatUser>();
        _pings = new FakePingHistory(new Dictionary<string, int> { ["u-bob"] = 6, ["u-carol"] = 2, ["u-dan"] = 1, ["u-frank"] = 1 });
        _bot = new EngineHarness(
            new Dictionary<string, string?> { ["Missions:Coordinators:0"] = "zoe" },
            configure: s => s.AddSingleton<IPingHistory>(_pings));
        foreach (var name in new[] { "alice", "eve", "bob", "carol", "dan", "frank", "gus", "hana", "ivan", "zoe" })
        {
            users[name] = _bot.Chat.AddUser(name);
        }
        var (alice, eve, bob, carol, dan, frank, gus, hana, ivan) =
            (users["alice"], users["eve"], users["bob"], users["carol"], users["dan"], users["frank"], users["gus"], users["hana"], users["ivan"]);
        _zoe = users["zoe"];
        _bob = bob;
        var service = _bot.Get<MissionService>();

        // Day 0 (23/11): M1, three candidacies (thread, button, command).
        await _bot.CommandAsync(alice, "new Affiche du festival | Une affiche pour juin | compétences: graphisme, wordpress | rémunérée | contribution: libre");
        await _bot.ReplyAsync(bob, _bot.Chat.ChannelPosts("c-missions")[0].Post.PostId, "je me propose");
        await _bot.Inbox.HandleButtonAsync(new CommandRequest(carol, "c-missions", "join 1"), CancellationToken.None);
        await _bot.CommandAsync(dan, "join 1");
        // Day 2: M1 filled after 2 days; M2 posted, frank volunteers.
        _bot.Clock.Advance(TimeSpan.FromDays(2));
        await _bot.CommandAsync(alice, "select 1 @bob raison: profil");
        await _bot.CommandAsync(eve, "new Site web | compétences: WordPress");
        await _bot.CommandAsync(frank, "join 2");
        // Day 3: ivan comes through a cooptation.
        _bot.Clock.Advance(TimeSpan.FromDays(1));
        await service.JoinAsync(2, ivan, CandidacySource.Cooptation, "", CancellationToken.None);
        // Day 6: M2 closed (frank waited 4 days, ivan 3); M3 posted.
        _bot.Clock.Advance(TimeSpan.FromDays(3));
        await _bot.CommandAsync(eve, "close 2 raison: pourvue");
        await _bot.CommandAsync(alice, "new Compta | compétences: compta");
        // Day 7: M3 cancelled; M4 posted, bob volunteers.
        _bot.Clock.Advance(TimeSpan.FromDays(1));
        await _bot.CommandAsync(alice, "cancel 3");
        await _bot.CommandAsync(eve, "new Refonte graphique | compétences: wordpress, graphisme | rémunérée | contribution: 5%");
        await _bot.CommandAsync(bob, "join 4");
        // Day 11 (04/12): M4 filled after 4 days; M5 posted with a candidacy, a ping and a withdrawal; M1 done.
        _bot.Clock.Advance(TimeSpan.FromDays(4));
        await _bot.CommandAsync(eve, "select 4 @bob");
        await _bot.CommandAsync(alice, "new Animation | compétences: animation");
        await _bot.CommandAsync(gus, "join 5");
        await service.JoinAsync(5, hana, CandidacySource.Ping, "", CancellationToken.None);
        await _bot.CommandAsync(dan, "join 5");
        await _bot.CommandAsync(dan, "leave 5");
        await _bot.CommandAsync(alice, "done 1");
        await _bot.DirectAsync(bob, "4 Bien");
        await _bot.DirectAsync(alice, "5 Top");
        await _bot.CommandAsync(bob, "contribution 4 150€");
        await _bot.CommandAsync(bob, "contribution 1 2 jours d'animation");
        await _bot.CommandAsync(hana, "list");
        await _bot.CommandAsync(ivan, "list");
        // Next year: not in the 2026 report.
        _bot.Clock.AdjustTime(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await _bot.CommandAsync(eve, "new Mission de 2027");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private SentMessage File(string name) => _bot.Chat.DirectsTo(_zoe).Single(m => m.File?.FileName == name);

    [Test]
    public async Task Report_FiguresMatchTheHandComputedHistory()
    {
        var reply = await _bot.CommandAsync(_zoe, "report 2026");

        var summary = File("rapport-2026.json");
        using var json = JsonDocument.Parse(summary.File!.Content);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(reply.PrivateText, Does.Contain("bilan 2026"));
            Assert.That(_pings.AskedFor, Is.EqualTo((new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc))));

            // 5 missions in 2026: M1 and M4 filled (M1 done), M2 closed, M3 cancelled, M5 open.
            Assert.That(summary.Text, Does.Contain("Missions publiées : 5 · pourvues : 2 (dont 1 réalisée) · closes sans sélection : 1 · annulées : 1 · encore ouvertes : 1"));
            Assert.That(root.GetProperty("missions").GetProperty("posted").GetInt32(), Is.EqualTo(5));
            // Filled after 2 days (M1) and 4 days (M4): median 3 days.
            Assert.That(root.GetProperty("medianDaysToFill").GetDouble(), Is.EqualTo(3.0).Within(1e-9));
            Assert.That(summary.Text, Does.Contain("Délai médian pour pourvoir une mission : 3 jours"));
            // Not withdrawn: M1 3 + M2 2 + M4 1 + M5 2 = 8; answered 3 + 2 + 1 = 6: 75 %.
            Assert.That(root.GetProperty("candidacies").GetProperty("total").GetInt32(), Is.EqualTo(8));
            Assert.That(root.GetProperty("candidacies").GetProperty("answeredShare").GetDouble(), Is.EqualTo(0.75).Within(1e-9));
            Assert.That(summary.Text, Does.Contain("Candidatures : 8 · 75 % ont reçu une réponse (sans compter 1 retirée)"));
            // Sources: thread bob, button carol, commands dan frank bob gus dan(withdrawn), ping hana, cooptation ivan.
            Assert.That(summary.Text, Does.Contain("fil 1 · bouton 1 · commande 5 · sollicitation 1 · cooptation 1 · appel ouvert 0"));
            Assert.That(root.GetProperty("sources").GetProperty("command").GetInt32(), Is.EqualTo(5));
            // Pings over the 10 known people: [6,2,1,1,0,0,0,0,0,0], total 10.
            // Top 10 % = 1 person (bob) = 6/10. Gini: Σ over pairs |xi-xj| = 76, both orders 152; 152 / (2·10·10) = 0.76.
            Assert.That(root.GetProperty("pings").GetProperty("people").GetInt32(), Is.EqualTo(10));
            Assert.That(root.GetProperty("pings").GetProperty("topTenPercentShare").GetDouble(), Is.EqualTo(0.6).Within(1e-9));
            Assert.That(root.GetProperty("pings").GetProperty("gini").GetDouble(), Is.EqualTo(0.76).Within(1e-9));
            Assert.That(summary.Text, Does.Contain("60 % vont aux 10 % les plus sollicitées ; indice de Gini 0,76"));
            // Asked: wordpress M1 M2 M4, graphisme M1 M4, compta, animation; available: bob did M1 (graphisme, wordpress).
            Assert.That(summary.Text, Does.Contain("wordpress 3/1 · graphisme 2/1 · animation 1/0 · compta 1/0"));
            Assert.That(root.GetProperty("skills")[0].GetProperty("gap").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.Text, Does.Contain("Contributions reçues : 150 € (1 versement) + 1 en nature"));
            Assert.That(summary.Text, Does.Contain("Avis après mission : 4,5/5 en moyenne (2 avis)"));
            // alice: M1 3 answered after 2 days + M5 2 waiting > 7 days = 5 counted, 60 %; eve: 4, 3 and 4 days, all answered.
            Assert.That(summary.Text, Does.Contain("@alice 60 % en 2 jours · @eve 100 % en 4 jours"));
            Assert.That(root.GetProperty("owners")[1].GetProperty("medianDays").GetDouble(), Is.EqualTo(4.0).Within(1e-9));
        });
    }

    [Test]
    public async Task Report_AttachesAReadableCsvOfTheYearsMissions()
    {
        await _bot.CommandAsync(_zoe, "rapport 2026");

        var lines = Encoding.UTF8.GetString(File("missions-2026.csv").File!.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(6));
        Assert.That(lines[0], Does.StartWith("numero;titre;porteur;statut"));
        Assert.That(lines[1], Does.StartWith("1;\"Affiche du festival\";\"alice\";\"réalisée\";2026-11-23;2026-11-25;2026-12-04;\"oui\";\"graphisme, wordpress\";3;3;\"bob\";\"libre\";0;\"2 jours d'animation\""));
        Assert.That(lines[4], Does.Contain("\"Refonte graphique\"").And.Contain(";\"5 %\";150;"));
    }

    [Test]
    public async Task Documentation_DescribesEveryMissionOfTheYear()
    {
        var reply = await _bot.CommandAsync(_zoe, "report 2026 --doc");

        var doc = Encoding.UTF8.GetString(File("missions-2026.md").File!.Content);
        Assert.Multiple(() =>
        {
            Assert.That(reply.PrivateText, Does.Contain("documentation 2026"));
            Assert.That(doc, Does.StartWith("# Missions 2026"));
            Assert.That(doc, Does.Contain("## #1 · Affiche du festival\n\n> Une affiche pour juin"));
            Assert.That(doc, Does.Contain("- **Compétences :** graphisme, wordpress"));
            Assert.That(doc, Does.Contain("- **Issue :** pourvue le 25/11/2026 : @bob · réalisée le 04/12/2026"));
            Assert.That(doc, Does.Contain("- **Contributions reçues :** 2 jours d'animation (en nature)"));
            Assert.That(doc, Does.Contain("- **Issue :** close sans sélection le 29/11/2026"));
            Assert.That(doc, Does.Contain("## #3 · Compta").And.Contain("annulée le 30/11/2026"));
            Assert.That(doc, Does.Contain("- **Type :** rémunérée · contribution au réseau : 5 %"));
            Assert.That(doc, Does.Not.Contain("Mission de 2027"));
        });
    }

    [Test]
    public async Task Report_ForSomeoneWhoIsNotACoordinator_IsRefused()
    {
        var before = _bot.Chat.Sent.Count;

        var reply = await _bot.CommandAsync(_bob, "report 2026");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("coordinateur·ices"));
        Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(before));
    }

    [Test]
    public async Task Report_WithSomethingElseThanAYear_IsExplained()
    {
        var reply = await _bot.CommandAsync(_zoe, "report l'an dernier");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("n'est pas une année").And.Contain("/mission report 2026"));
    }

    [Test]
    public async Task Report_OnAPlatformWithoutFiles_PutsTheExportInTheMessage()
    {
        _bot.Chat.FilesUnsupported = true;

        var reply = await _bot.CommandAsync(_zoe, "report 2026");

        var inline = _bot.Chat.DirectsTo(_zoe).First(m => m.Text.Contains("Bilan 2026", StringComparison.Ordinal));
        Assert.That(reply.IsError, Is.False);
        Assert.That(inline.File, Is.Null);
        Assert.That(inline.Text, Does.Contain("`rapport-2026.json`").And.Contain("\"medianDaysToFill\": 3"));
    }

    [Test]
    public async Task Report_OfAnotherYear_CountsOnlyItsMissions()
    {
        await _bot.CommandAsync(_zoe, "report");

        Assert.That(File("rapport-2027.json").Text, Does.Contain("Missions publiées : 1 ·"));
    }
}
