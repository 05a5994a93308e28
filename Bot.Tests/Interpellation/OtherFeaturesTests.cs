using MissionBot.Cooptation;
using MissionBot.FollowUp;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Reports;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Interpellation;

/// <summary>What targeted calls give the other features: forget-me, the report's figures, missions done.</summary>
public sealed class OtherFeaturesTests
{
    private EngineHarness _bot = null!;
    private MissionBot.Chat.ChatUser _alice = null!;

    [SetUp]
    public void SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task ForgetMe_ErasesSkillsPingsQuestionsAndRecommendationsOfMe()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");
        var carol = _bot.Chat.AddUser("carol");
        var number = await _bot.MissionAsync(_alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(_alice, $"ping {number}");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");
        await _bot.DirectAsync(carol, "@bob");

        await _bot.CommandAsync(bob, "forget-me");
        var forgotten = await _bot.CommandAsync(bob, "forget-me confirm");
        var who = await _bot.CommandAsync(_alice, "who wordpress");
        var next = await _bot.MissionAsync(_alice, "Blog | compétences: wordpress");
        var ping = await _bot.CommandAsync(_alice, $"ping {next}");

        Assert.Multiple(() =>
        {
            Assert.That(forgotten.IsError, Is.False, forgotten.PrivateText);
            Assert.That(_bot.Get<ProfileRepository>().Find(bob.Id), Is.Null);
            Assert.That(_bot.Get<PingRepository>().All().Where(p => p.PersonId == bob.Id), Is.Empty);
            Assert.That(_bot.Get<QuestionRepository>().ForPerson(bob.Id), Is.Empty);
            Assert.That(_bot.Get<CooptationRepository>().OfNominee(bob.Id), Is.Empty);
            Assert.That(who.PrivateText, Does.Contain("Personne n'a encore indiqué"));
            Assert.That(ping.PrivateText, Does.Not.Contain("@bob"));
        });
    }

    [Test]
    public async Task ForgetMe_OfANominator_KeepsTheRecommendationWithoutTheirName()
    {
        var carol = _bot.Chat.AddUser("carol");
        var dan = _bot.Chat.AddUser("dan");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");
        await _bot.DirectAsync(carol, "@dan");

        await _bot.CommandAsync(carol, "forget-me confirm");
        var who = await _bot.CommandAsync(_alice, "who graphisme");

        var record = _bot.Get<CooptationRepository>().OfNominee(dan.Id).Single();
        Assert.That(record.NominatorId, Does.StartWith(ForgottenPerson.Prefix));
        Assert.That(record.NominatorUsername, Is.Empty);
        Assert.That(who.PrivateText, Does.Contain("@dan : recommandé·e 1 fois"));
    }

    [Test]
    public async Task MyData_IncludesSkillsAndPings()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress", place: "Lyon");
        var number = await _bot.MissionAsync(_alice, "Site | compétences: wordpress");
        await _bot.CommandAsync(_alice, $"ping {number}");

        var export = _bot.Get<MissionBot.Privacy.PrivacyService>().Export(bob);

        var json = System.Text.Encoding.UTF8.GetString(export);
        Assert.That(json, Does.Contain("\"targetedCalls\"").And.Contain("WordPress").And.Contain("Lyon").And.Contain("\"missionNumber\": 1"));
    }

    [Test]
    public async Task Report_CountsRealPings_AndDeclaredSkillsUnderEverySynonym()
    {
        await _bot.MemberAsync("bob", "design graphique");
        await _bot.MemberAsync("carol", "graphisme");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"ping {number}");
        var now = _bot.Clock.GetUtcNow().UtcDateTime;

        var pings = _bot.Get<IPingHistory>().PingsPerPerson(now.AddDays(-1), now.AddDays(1));
        var supply = _bot.Get<ISkillSupply>().PeoplePerSkill();

        Assert.That(pings, Is.EquivalentTo(new Dictionary<string, int> { ["u-bob"] = 1, ["u-carol"] = 1 }));
        Assert.That(supply["graphisme"], Is.EqualTo(2));
        Assert.That(supply["design graphique"], Is.EqualTo(2));
        Assert.That(supply["graphic design"], Is.EqualTo(2));
    }

    [Test]
    public async Task MissionDone_CountsAsEvidence_AndOnlyOnce()
    {
        var bob = await _bot.MemberAsync("bob", "cuisine");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(bob, $"join {number}");
        var mission = _bot.Database.Missions.FindById(number);
        var candidacy = _bot.Database.Candidacies.FindAll().Single();
        candidacy.Status = CandidacyStatus.Selected;
        var recorder = _bot.Get<IEnumerable<IMissionDoneListener>>().OfType<MissionDoneRecorder>().Single();

        await recorder.MissionDoneAsync(mission, [candidacy], CancellationToken.None);
        await recorder.MissionDoneAsync(mission, [candidacy], CancellationToken.None);
        var who = await _bot.CommandAsync(_alice, "who graphisme");

        Assert.That(who.PrivateText, Does.Contain("@bob : 1 mission faite"));
    }
}
