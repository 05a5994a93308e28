using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat;
using MissionBot.Jury;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Jury;

public sealed class JuryTests
{
    private FakeCooptations _cooptations = null!;
    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bob = null!;
    private ChatUser _carol = null!;
    private ChatUser _jules = null!;
    private ChatUser _kim = null!;

    [SetUp]
    public async Task SetUp()
    {
        _cooptations = new FakeCooptations();
        _bot = new EngineHarness(configure: s => s.AddSingleton<ICooptationLookup>(_cooptations));
        _alice = _bot.Chat.AddUser("alice");
        _bob = _bot.Chat.AddUser("bob");
        _carol = _bot.Chat.AddUser("carol");
        _jules = _bot.Chat.AddUser("jules");
        _kim = _bot.Chat.AddUser("kim");
        await _bot.CommandAsync(_alice, "new Accompagnement du tiers-lieu | rémunérée");
        await _bot.CommandAsync(_bob, "join 1");
        _bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await _bot.CommandAsync(_carol, "join 1");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private MissionJury Jury() => _bot.Get<MissionBot.Storage.JuryRepository>().Find(1)!;

    [Test]
    public async Task Jury_ACandidateIsRefusedAsJuror_AndTheRefusalIsLogged()
    {
        var reply = await _bot.CommandAsync(_alice, "jury 1 @jules @bob");

        Assert.Multiple(() =>
        {
            Assert.That(reply.PrivateText, Does.Contain("@jules").And.Contain("⛔ @bob est candidat·e"));
            Assert.That(string.Join(",", Jury().Jurors.Select(j => j.Username)), Is.EqualTo("jules"));
            Assert.That(Jury().Events.Single().Kind, Is.EqualTo(JuryEventKind.RefusedCandidate));
            Assert.That(_bot.Chat.DirectsTo(_bob), Is.Empty);
            Assert.That(_bot.Chat.DirectsTo(_jules).Single().Text, Does.Contain("Tu fais partie du jury").And.Contain("prix 40, méthode 30, expérience 30"));
        });
    }

    [Test]
    public async Task Jury_SomeoneWhoRecommendedACandidateIsRefused()
    {
        _cooptations.Add(1, _carol.Id, _kim.Id);

        var reply = await _bot.CommandAsync(_alice, "jury 1 @kim");

        Assert.That(reply.PrivateText, Does.Contain("@kim a recommandé @carol"));
        Assert.That(Jury().Jurors, Is.Empty);
        Assert.That(Jury().Events.Single().Kind, Is.EqualTo(JuryEventKind.RefusedCoopter));
    }

    [Test]
    public async Task Juror_WhoBecomesACandidate_IsRemoved_AndTheOwnerIsTold()
    {
        await _bot.CommandAsync(_alice, "jury 1 @jules @kim");
        await _bot.DirectAsync(_jules, "noter 1 A 4 4 4");

        await _bot.CommandAsync(_jules, "join 1");

        Assert.Multiple(() =>
        {
            Assert.That(string.Join(",", Jury().Jurors.Select(j => j.Username)), Is.EqualTo("kim"));
            Assert.That(Jury().Events.Single().Kind, Is.EqualTo(JuryEventKind.RemovedCandidate));
            Assert.That(_bot.Get<MissionBot.Storage.JuryRepository>().ScoresFor(1), Is.Empty, "the removed juror's scores no longer count");
            Assert.That(_bot.Chat.DirectsTo(_jules).Select(m => m.Text), Has.Some.Contains("tu ne fais donc plus partie de son jury"));
            Assert.That(_bot.Chat.DirectsTo(_alice)[^1].Text, Does.Contain("@jules s'est proposé·e comme candidat·e : retiré·e du jury"));
            Assert.That(_bot.Chat.DirectsTo(_kim)[^1].Text, Does.Contain("Nouvelle candidature").And.Contain("**C**"));
        });
    }

    [Test]
    public async Task Juror_WhoseRecommendedPersonBecomesACandidate_IsRemoved()
    {
        var dan = _bot.Chat.AddUser("dan");
        await _bot.CommandAsync(_alice, "jury 1 @kim");
        _cooptations.Add(1, dan.Id, _kim.Id);

        await _bot.CommandAsync(dan, "join 1");

        Assert.That(Jury().Jurors, Is.Empty);
        Assert.That(Jury().Events.Single().Kind, Is.EqualTo(JuryEventKind.RemovedCoopter));
        Assert.That(Jury().Events.Single().CandidateUsername, Is.EqualTo("dan"));
    }

    [Test]
    public async Task Jury_OnAVolunteerMission_OrBySomeoneElse_IsRefused()
    {
        await _bot.CommandAsync(_alice, "new Affiche | bénévole");

        var volunteer = await _bot.CommandAsync(_alice, "jury 2 @jules");
        var notOwner = await _bot.CommandAsync(_bob, "jury 1 @jules");

        Assert.That(volunteer.IsError, Is.True);
        Assert.That(volunteer.PrivateText, Does.Contain("missions rémunérées"));
        Assert.That(notOwner.IsError, Is.True);
        Assert.That(_bot.Get<MissionBot.Storage.JuryRepository>().Find(1), Is.Null);
    }

    [Test]
    public async Task AnonymousView_JurorsSeeLettersWithoutNames_UntilEveryScoreIsIn()
    {
        await _bot.CommandAsync(_alice, "anonyme 1");
        await _bot.CommandAsync(_alice, "jury 1 @jules @kim");
        await _bot.DirectAsync(_jules, "noter 1 A 4 4 4");
        var namesBySneaking = await _bot.CommandAsync(_jules, "noter 1 @bob 4 4 4");
        var partial = await _bot.CommandAsync(_jules, "classement 1");
        var ownersView = await _bot.CommandAsync(_alice, "classement 1");

        var invite = _bot.Chat.DirectsTo(_jules)[0].Text;
        Assert.Multiple(() =>
        {
            Assert.That(invite, Does.Contain("- **A**").And.Contain("- **B**").And.Contain("anonymes"));
            Assert.That(invite, Does.Not.Contain("@bob").And.Not.Contain("@carol"));
            Assert.That(namesBySneaking.IsError, Is.True, "a name does not find a candidacy in the anonymous view");
            Assert.That(partial.PrivateText, Does.Not.Contain("@bob").And.Not.Contain("@carol").And.Contain("Les noms seront dévoilés"));
            Assert.That(ownersView.PrivateText, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task Scores_GivenPrivately_RankCandidacies_AndTheResultGoesToOwnerAndJurors()
    {
        await _bot.CommandAsync(_alice, "jury 1 @jules @kim grille: prix 40, méthode 30, expérience 30 anonyme");
        // jules: A = 40·5/5 + 30·4/5 + 30·3/5 = 82, B = 24 + 18 + 18 = 60
        // kim:   A = 32 + 24 + 24 = 80,             B = 40 + 12 + 6 = 58
        // means: A = 81, B = 59
        await _bot.DirectAsync(_jules, "noter 1 A 5 4 3");
        await _bot.DirectAsync(_jules, "noter 1 B prix 3 méthode 3 expérience 3");
        await _bot.DirectAsync(_kim, "noter 1 A 4 4 4");
        var beforeLast = _bot.Chat.DirectsTo(_alice).Count;
        await _bot.DirectAsync(_kim, "noter 1 B 5 2 1");

        var result = _bot.Chat.DirectsTo(_alice)[^1].Text;
        Assert.Multiple(() =>
        {
            Assert.That(_bot.Chat.ChannelPosts($"dm-{_jules.Id}")[0].Text, Does.Contain("candidature **A** → 82/100").And.Contain("Reste à noter : B"));
            Assert.That(_bot.Chat.DirectsTo(_alice), Has.Count.EqualTo(beforeLast + 1));
            Assert.That(result, Does.Contain("1. **A** · @bob : 81/100 (prix 36, méthode 24, expérience 21)"));
            Assert.That(result, Does.Contain("2. **B** · @carol : 59/100"));
            Assert.That(_bot.Chat.DirectsTo(_jules)[^1].Text, Is.EqualTo(result));
            Assert.That(_bot.Chat.DirectsTo(_kim)[^1].Text, Is.EqualTo(result));
        });
    }

    [Test]
    public async Task Refusal_AfterAJury_CitesTheGridAndTheCandidatesScore()
    {
        await _bot.CommandAsync(_alice, "jury 1 @jules");
        await _bot.DirectAsync(_jules, "noter 1 A 5 5 5");
        await _bot.DirectAsync(_jules, "noter 1 B 3 2 1"); // 24 + 12 + 6 = 42

        // The juror decides: jurors are deciders too.
        var reply = await _bot.CommandAsync(_jules, "select 1 A raison: profil");

        Assert.That(reply.PrivateText, Does.Contain("C'est fait"));
        Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text,
            Does.Contain("un profil plus proche").And.Contain("« prix 40, méthode 30, expérience 30 »").And.Contain("42/100 (2e sur 2)"));
        Assert.That(_bot.Chat.DirectsTo(_alice)[^1].Text, Does.Contain("@jules a décidé"));
    }

    [Test]
    public async Task Scoring_ByANonJuror_OrWithTheWrongNumberOfScores_IsRefused()
    {
        await _bot.CommandAsync(_alice, "jury 1 @jules");

        var notJuror = await _bot.CommandAsync(_kim, "noter 1 A 4 4 4");
        var tooFew = await _bot.CommandAsync(_jules, "noter 1 A 4 4");
        var outOfRange = await _bot.CommandAsync(_jules, "noter 1 A 4 4 9");
        var unknown = await _bot.CommandAsync(_jules, "noter 1 Z 4 4 4");

        Assert.Multiple(() =>
        {
            Assert.That(notJuror.PrivateText, Does.Contain("Tu ne fais pas partie du jury"));
            Assert.That(tooFew.PrivateText, Does.Contain("Il me faut 3 notes de 0 à 5"));
            Assert.That(outOfRange.IsError, Is.True);
            Assert.That(unknown.PrivateText, Does.Contain("Candidatures : A, B"));
            Assert.That(_bot.Get<MissionBot.Storage.JuryRepository>().ScoresFor(1), Is.Empty);
        });
    }

    [Test]
    public async Task Grid_CannotChangeOnceScoringStarted()
    {
        await _bot.CommandAsync(_alice, "jury 1 @jules grille: qualité 60, prix 40");
        await _bot.DirectAsync(_jules, "noter 1 A 4 4");

        var reply = await _bot.CommandAsync(_alice, "jury 1 grille: prix 100");

        Assert.That(reply.IsError, Is.True);
        Assert.That(JuryGrid.Format(Jury().Criteria), Is.EqualTo("qualité 60, prix 40"));
    }

    private static IEnumerable<TestCaseData> Grids()
    {
        yield return new TestCaseData("prix 40, méthode 30, expérience 30", "prix 40, méthode 30, expérience 30");
        yield return new TestCaseData("qualité du dossier 50 %; prix 50", "qualité du dossier 50, prix 50");
        yield return new TestCaseData("price 40 pts, method 60 pts", "price 40, method 60");
        yield return new TestCaseData("prix", null);
        yield return new TestCaseData("prix 40, prix 60", null);
        yield return new TestCaseData("prix quarante", null);
    }

    [TestCaseSource(nameof(Grids))]
    public void Grid_IsReadAsPeopleWriteIt(string typed, string? expected)
    {
        var ok = JuryGrid.TryParse(typed, out var criteria);

        Assert.That(ok ? JuryGrid.Format(criteria) : null, Is.EqualTo(expected));
    }
}
