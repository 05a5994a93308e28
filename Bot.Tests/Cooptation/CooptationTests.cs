using MissionBot.Cooptation;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Cooptation;

public sealed class CooptationTests
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

    private List<CooptationRecord> Cooptations() => _bot.Get<CooptationRepository>().All().ToList();

    [Test]
    public async Task WholeLoop_NominatorNomineeOwner_EveryoneIsToldWhatTheyShould()
    {
        var carol = _bot.Chat.AddUser("carol");
        // dan and erin never talked to the bot: it finds them on the chat platform.
        var dan = _bot.Chat.AddUser("dan");
        var erin = _bot.Chat.AddUser("erin");
        var number = await _bot.MissionAsync(_alice, "Affiche du festival | compétences: graphisme");

        var summary = await _bot.CommandAsync(_alice, $"coopt {number} @carol");
        await _bot.DirectAsync(carol, "Je pense à @dan et @erin.");
        await _bot.DirectAsync(dan, "oui");
        await _bot.DirectAsync(erin, "non");

        var toCarol = _bot.DirectTexts(carol);
        Assert.Multiple(() =>
        {
            Assert.That(summary.PrivateText, Does.Contain("J'ai demandé à @carol"));
            Assert.That(toCarol[0], Does.Contain("À qui fais-tu confiance pour ça ? Réponds ici avec des @noms, ou `personne`."));
            Assert.That(_bot.Replies(carol).Single(), Does.Contain("Je transmets ta recommandation à @dan et @erin"));
            Assert.That(_bot.DirectTexts(dan).Single(), Does.Contain("@carol te recommande pour la mission **#1**").And.Not.Contain("erin"));
            Assert.That(_bot.DirectTexts(erin).Single(), Does.Contain("@carol te recommande").And.Not.Contain("dan"));
            Assert.That(toCarol.Skip(1), Is.EqualTo(new[]
            {
                "Bonne nouvelle : @dan a accepté ta recommandation pour la mission **#1** « Affiche du festival ». Merci !",
                "@erin a décliné la mission **#1** « Affiche du festival ». Merci quand même d'avoir pensé à cette personne !",
            }), "the nominator learns how it ended, never more");
            var toAlice = _bot.DirectTexts(_alice);
            Assert.That(toAlice, Has.Some.Contains("@carol recommande @dan et @erin"));
            Assert.That(toAlice, Has.Some.Contains("@dan (cooptation)"));
            Assert.That(toAlice, Has.Some.Contains("@dan vient d'une recommandation de @carol"));
            var candidacy = _bot.Database.Candidacies.FindAll().Single();
            Assert.That((candidacy.PersonId, candidacy.Source), Is.EqualTo((dan.Id, CandidacySource.Cooptation)));
            Assert.That(Cooptations().Select(c => (c.NominatorUsername, c.NomineeUsername, c.Answer)), Is.EquivalentTo(new[]
            {
                ("carol", "dan", CooptationAnswer.Accepted),
                ("carol", "erin", CooptationAnswer.Declined),
            }));
            Assert.That(Cooptations().All(c => c.SkillKeys.SequenceEqual(["graphisme"])), Is.True);
        });
    }

    [Test]
    public async Task Anonyme_KeepsTheNominatorUnnamed()
    {
        var carol = _bot.Chat.AddUser("carol");
        var dan = _bot.Chat.AddUser("dan");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} carol");

        await _bot.DirectAsync(carol, "@dan anonyme");

        Assert.That(_bot.DirectTexts(dan).Single(), Does.Contain("Quelqu'un du réseau te recommande").And.Not.Contain("carol"));
        Assert.That(_bot.Replies(carol).Single(), Does.Contain("sans dire qu'elle vient de toi"));
    }

    [Test]
    public async Task AnonymeFirst_ThenNames_AlsoKeepsTheNominatorUnnamed()
    {
        var carol = _bot.Chat.AddUser("carol");
        var dan = _bot.Chat.AddUser("dan");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");

        await _bot.DirectAsync(carol, "anonyme");
        await _bot.DirectAsync(carol, "dan");

        Assert.That(_bot.Replies(carol)[0], Does.Contain("je ne dirai pas"));
        Assert.That(_bot.DirectTexts(dan).Single(), Does.Contain("Quelqu'un du réseau"));
    }

    [Test]
    public async Task UnknownNames_AreListed_AndTheQuestionStaysOpen()
    {
        var carol = _bot.Chat.AddUser("carol");
        var dan = _bot.Chat.AddUser("dan");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");

        await _bot.DirectAsync(carol, "@dam @channel");
        await _bot.DirectAsync(carol, "@dan");

        Assert.That(_bot.Replies(carol)[0], Does.Contain("Je ne connais pas : « dam » et « channel »").And.Not.Contain("@channel"));
        Assert.That(_bot.DirectTexts(dan).Single(), Does.Contain("@carol te recommande"));
    }

    [Test]
    public async Task Personne_ClosesTheQuestion_AndTellsTheOwner()
    {
        var carol = _bot.Chat.AddUser("carol");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");

        await _bot.DirectAsync(carol, "Personne, désolée");
        await _bot.DirectAsync(carol, "@dan");

        Assert.That(_bot.Replies(carol)[0], Does.Contain("merci d'avoir pris le temps"));
        Assert.That(_bot.DirectTexts(_alice), Has.Some.Contains("@carol ne voit personne à recommander"));
        Assert.That(Cooptations(), Is.Empty, "the question was closed: later names are not an answer any more");
    }

    [Test]
    public async Task RecommendingMyself_PointsToJoin()
    {
        var carol = _bot.Chat.AddUser("carol");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");

        await _bot.DirectAsync(carol, "@carol");

        Assert.That(_bot.LastReply(carol), Does.Contain($"join {number}"));
        Assert.That(Cooptations(), Is.Empty);
    }

    [Test]
    public async Task CooptWithoutNames_AsksTheMostTrustedPeopleFirst()
    {
        // bob did a graphisme mission, carol was recommended for graphisme; dan, erin and fred only declared it.
        var bob = await _bot.MemberAsync("bob", "cuisine");
        var carol = _bot.Chat.AddUser("carol");
        var dan = await _bot.MemberAsync("dan", "graphisme");
        var erin = await _bot.MemberAsync("erin", "graphisme");
        var fred = await _bot.MemberAsync("fred", "graphic design");
        var zoe = _bot.Chat.AddUser("zoe");
        var done = await _bot.MissionAsync(_alice, "Ancienne affiche | compétences: graphisme");
        await _bot.CommandAsync(bob, $"join {done}");
        var candidacy = _bot.Database.Candidacies.FindAll().Single();
        candidacy.Status = CandidacyStatus.Selected;
        _bot.Database.Candidacies.Update(candidacy);
        await _bot.CommandAsync(_alice, $"coopt {done} @zoe");
        await _bot.DirectAsync(zoe, "@carol");
        _bot.Restart();
        var number = await _bot.MissionAsync(_alice, "Nouvelle affiche | compétences: graphisme");

        var summary = await _bot.CommandAsync(_alice, $"coopt {number}");

        Assert.That(summary.PrivateText, Does.Contain("J'ai demandé à @bob, @carol et @dan"));
        Assert.That(_bot.DirectTexts(dan), Has.Some.Contains("À qui fais-tu confiance"));
        Assert.That(_bot.DirectTexts(erin).Concat(_bot.DirectTexts(fred)), Has.None.Contains("À qui fais-tu confiance"));
    }

    [Test]
    public async Task CooptWithoutNames_NobodyTrusted_SaysHowToNamePeople()
    {
        var number = await _bot.MissionAsync(_alice, "Compta | compétences: comptabilité");

        var reply = await _bot.CommandAsync(_alice, $"coopt {number}");

        Assert.That(reply.PrivateText, Does.Contain($"coopt {number} @alice @bob"));
    }

    [Test]
    public async Task Coopt_ByAnotherMember_IsRefused()
    {
        var carol = _bot.Chat.AddUser("carol");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");

        var reply = await _bot.CommandAsync(carol, $"coopt {number} @carol");

        Assert.That(reply.IsError, Is.True);
        Assert.That(_bot.DirectTexts(carol), Is.Empty);
    }

    [Test]
    public async Task Coopt_UnknownUsername_IsReportedToTheOwner()
    {
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");

        var reply = await _bot.CommandAsync(_alice, $"coopt {number} @personne.inconnue");

        Assert.That(reply.PrivateText, Does.Contain("Je ne connais pas : « personne.inconnue »"));
    }

    [Test]
    public async Task Cooptation_ShowsAsEvidenceInWho_AndCountsInTheRanking()
    {
        var carol = _bot.Chat.AddUser("carol");
        var dan = _bot.Chat.AddUser("dan");
        var erin = await _bot.MemberAsync("erin", "graphisme");
        var number = await _bot.MissionAsync(_alice, "Affiche | compétences: graphisme");
        await _bot.CommandAsync(_alice, $"coopt {number} @carol");
        await _bot.DirectAsync(carol, "@dan");
        await _bot.DirectAsync(dan, "non");

        var who = await _bot.CommandAsync(_alice, "who design graphique");
        var next = await _bot.MissionAsync(_alice, "Flyer | compétences: graphisme");
        var ping = await _bot.CommandAsync(_alice, $"ping {next} 2");

        Assert.That(who.PrivateText, Does.Contain("@dan : recommandé·e 1 fois").And.Contain("@erin : déclarée"));
        Assert.That(ping.PrivateText, Does.Contain("@dan : recommandé·e 1 fois"));
        Assert.That(_bot.DirectTexts(dan)[^1], Does.Contain("on t'a recommandé·e pour ces compétences"));
    }
}
