namespace MissionBot.Tests.Chat.Console;

/// <summary>The sandbox in-process, line by line: what a volunteer trying the bot locally sees.</summary>
public sealed class ConsoleSandboxSessionTests
{
    private const string NewMission = "/mission new Affiche du festival | compétences: graphisme";

    private static async Task<string> PlayAsync(params string[] lines)
    {
        using var sandbox = new SandboxHarness(string.Join("\n", lines));
        return await sandbox.RunAsync();
    }

    [Test]
    public async Task ReplyInThread_WithVolunteerPhrase_ShowsReactionDmsAndUpdatedCountWithTheirLabels()
    {
        var transcript = await PlayAsync(NewMission, ":as bob", ":reply 1 Je suis partant !");

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("[#missions] missionbot: 📣 Mission #1 · Affiche du festival"));
            Assert.That(transcript, Does.Contain("[bouton « Je me propose » → :click 1]"));
            Assert.That(transcript, Does.Contain("[privé → alice] C'est publié ! Ta mission #1"));
            Assert.That(transcript, Does.Contain("[réaction ✅ sur le message de bob]"));
            Assert.That(transcript, Does.Contain("[DM → bob] missionbot: Merci ! Ta candidature pour la mission #1"));
            Assert.That(transcript, Does.Contain("[DM → alice] missionbot: Nouvelle candidature").And.Contain("@bob (réponse dans le fil)"));
            Assert.That(transcript, Does.Contain("[#missions · annonce #1 mise à jour] Candidatures : 1\n"));
        });
    }

    [Test]
    public async Task ReplyInThread_Withdrawal_TellsBothAndLowersTheCount()
    {
        var transcript = await PlayAsync(NewMission, ":as bob", ":reply 1 partant", ":as carol", ":click 1", ":reply 1 Je me retire, désolée");

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("[DM → alice] missionbot: @carol a retiré sa candidature pour ta mission #1 « Affiche du festival ». 1 candidature restante.\n"));
            Assert.That(transcript, Does.Contain("[DM → carol] missionbot: C'est noté : ta candidature pour la mission #1 est retirée."));
            // Recorded in one write, then sent side by side: the three destinations in any order.
            var afterWithdrawal = transcript[(transcript.LastIndexOf("carol> :reply 1 Je me retire", StringComparison.Ordinal) + 1)..]
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);
            Assert.That(afterWithdrawal, Is.EquivalentTo(new[]
            {
                "[DM → alice] missionbot: @carol a retiré sa candidature pour ta mission #1 « Affiche du festival ». 1 candidature restante.",
                "[#missions · annonce #1 mise à jour] Candidatures : 1",
                "[DM → carol] missionbot: C'est noté : ta candidature pour la mission #1 est retirée. Merci de l'avoir signalé !",
            }));
        });
    }

    [Test]
    public async Task Transcript_ShowsMarkdownAsTheChatWouldRenderIt()
    {
        var transcript = await PlayAsync("/mission new Site (v2) pour l'asso ! | compétences: c#, *design*");

        Assert.That(transcript, Does.Contain("📣 Mission #1 · Site (v2) pour l'asso !"));
        Assert.That(transcript, Does.Contain("Compétences : c#, *design*"));
        Assert.That(transcript, Does.Not.Contain("**").And.Not.Contain("\\(").And.Not.Contain("####"));
    }

    [Test]
    public async Task MissionTitle_WithChannelMention_IsShownNeutralised()
    {
        var transcript = await PlayAsync("/mission new @channel urgent : tenir le bar samedi");

        // Ordinal: a culture-aware search would skip the zero-width space and see "@channel" either way.
        Assert.That(transcript.Contains("Mission #1 · @\u200Bchannel urgent", StringComparison.Ordinal), Is.True, transcript);
        var botLines = transcript.Split('\n').Where(l => !l.StartsWith("alice> ", StringComparison.Ordinal));
        Assert.That(botLines.Any(l => l.Contains("@channel", StringComparison.Ordinal)), Is.False, transcript);
    }

    [Test]
    public async Task Click_JoinButton_RecordsCandidacyFromTheButton()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", NewMission, ":as carol", ":click 1"));

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("[DM → alice] missionbot: Nouvelle candidature").And.Contain("@carol (bouton)"));
            Assert.That(transcript, Does.Contain("[privé → carol] Merci ! Ta candidature pour la mission #1"));
            Assert.That(sandbox.Database.Candidacies.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Click_ByTheOwner_IsRefusedPrivately()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", NewMission, ":click 1"));

        var transcript = await sandbox.RunAsync();

        Assert.That(transcript, Does.Contain("[privé → alice] Tu portes la mission #1 : tu ne peux pas t'y proposer"));
        Assert.That(sandbox.Database.Candidacies.Count(), Is.Zero);
    }

    [TestCaseSource(nameof(FriendlyRefusals))]
    public async Task BadSandboxLine_GetsAFriendlyExplanationAndChangesNothing(string line, string expected)
    {
        using var sandbox = new SandboxHarness(string.Join("\n", NewMission, line, "/mission list"));

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain(expected));
            Assert.That(transcript, Does.Contain("[privé → alice] Missions ouvertes"), "the user is still alice");
            Assert.That(sandbox.Database.Candidacies.Count(), Is.Zero);
        });
    }

    private static IEnumerable<TestCaseData> FriendlyRefusals()
    {
        yield return new TestCaseData(":as Bob!", "· « Bob! » ne peut pas être un nom d'utilisateur").SetName("As_WithUppercaseAndPunctuation");
        yield return new TestCaseData(":as", "· Dis-moi qui tu veux être, par exemple : :as bob").SetName("As_WithoutName");
        yield return new TestCaseData(":as missionbot", "· missionbot, c'est le bot lui-même").SetName("As_TheBot");
        yield return new TestCaseData(":reply 7 je suis partant", "· Je ne trouve pas de mission #7.").SetName("Reply_UnknownMission");
        yield return new TestCaseData(":reply 1", "· Il me faut le numéro de la mission puis ta réponse").SetName("Reply_WithoutText");
        yield return new TestCaseData(":reply partant", "· Il me faut le numéro de la mission puis ta réponse").SetName("Reply_WithoutNumber");
        yield return new TestCaseData(":click 9", "· Je ne trouve pas de mission #9.").SetName("Click_UnknownMission");
        yield return new TestCaseData(":click", "· Il me faut le numéro de la mission, par exemple : :click 12").SetName("Click_WithoutNumber");
        yield return new TestCaseData(":dm", "· Il manque le texte du message, par exemple : :dm bonjour").SetName("Dm_WithoutText");
        yield return new TestCaseData(":frobnicate", "· Je ne connais pas « :frobnicate ». Tape :help").SetName("UnknownSandboxCommand");
        yield return new TestCaseData("bonjour le bot", "· Je n'ai pas compris « bonjour le bot ». Les commandes du bot commencent par /mission").SetName("PlainText");
        yield return new TestCaseData("/mission supprimer 1", "[privé → alice] Je ne connais pas la commande « supprimer ».").SetName("UnknownBotCommand");
    }

    [Test]
    public async Task Reply_ThatIsNotAVolunteerPhrase_IsLeftAloneAndTheSandboxSaysSo()
    {
        var transcript = await PlayAsync(NewMission, ":as bob", ":reply 1 pas dispo cette fois, désolé");

        Assert.That(transcript, Does.Contain("bob> :reply 1 pas dispo cette fois, désolé\n· (le bot n'a rien répondu)"));
        Assert.That(transcript, Does.Not.Contain("[réaction"));
    }

    [Test]
    public async Task Say_InTownSquare_GetsNoAnswer()
    {
        var transcript = await PlayAsync(":say bonjour tout le monde");

        Assert.That(transcript, Is.EqualTo("alice> :say bonjour tout le monde\n· (le bot n'a rien répondu)\n"));
    }

    [Test]
    public async Task Dm_WithACommand_IsAnsweredInTheDm()
    {
        var transcript = await PlayAsync(NewMission, ":as bob", ":dm join 1");

        Assert.That(transcript, Does.Contain("[DM → bob] missionbot: Merci ! Ta candidature pour la mission #1"));
    }

    [Test]
    public async Task NewWithoutText_AsksTheFormLineByLineAndPublishes()
    {
        using var sandbox = new SandboxHarness(string.Join("\n",
            "/mission new", "Atelier compost", "Animer l'atelier du jardin", "jardinage, animation", "15/12/2026", "Marseille", "n", "oui",
            "/mission list"));

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("\n  Titre : Atelier compost\n  Description : Animer l'atelier du jardin\n"));
            Assert.That(transcript, Does.Contain("[#missions] missionbot: 📣 Mission #1 · Atelier compost"));
            Assert.That(transcript, Does.Contain("Échéance : 15/12/2026").And.Contain("Lieu : Marseille").And.Contain("Bénévole · 🚪 Porte d'entrée"));
            Assert.That(transcript, Does.Contain("#1 Atelier compost · jardinage, animation · avant le 15/12/2026 · 🚪 porte d'entrée"));
        });
    }

    [Test]
    public async Task Form_Cancelled_PublishesNothing()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", "/mission new", "Atelier compost", ":annuler", "/mission list"));

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("· Formulaire fermé : rien n'a été publié."));
            Assert.That(transcript, Does.Contain("[privé → alice] Aucune mission ouverte pour le moment."));
            Assert.That(sandbox.Database.Missions.Count(), Is.Zero);
        });
    }

    [Test]
    public async Task Form_WithEmptyTitle_IsExplainedAndNothingIsPublished()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", "/mission new", "", "", "", "", "", "", "") + "\n");

        var transcript = await sandbox.RunAsync();

        Assert.That(transcript, Does.Contain("[privé → alice] Ta mission a besoin d'un titre."));
        Assert.That(sandbox.Database.Missions.Count(), Is.Zero);
    }

    [Test]
    public async Task Quit_StopsBeforeTheNextLines()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", ":quit", NewMission));

        var transcript = await sandbox.RunAsync();

        Assert.That(transcript, Is.EqualTo("alice> :quit\nÀ bientôt !\n"));
        Assert.That(sandbox.Database.Missions.Count(), Is.Zero);
    }

    [Test]
    public async Task EndOfInput_StopsTheApplication()
    {
        using var sandbox = new SandboxHarness(NewMission);

        await sandbox.RunAsHostedServiceAsync();

        Assert.That(sandbox.Lifetime.StopRequested, Is.True);
        Assert.That(sandbox.Database.Missions.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Interactive_ShowsTheBannerAndAPromptWithTheCurrentUser()
    {
        using var sandbox = new SandboxHarness(":as bob\n", interactive: true);

        var transcript = await sandbox.RunAsHostedServiceAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.StartWith("Bienvenue dans le bac à sable de MissionBot !"));
            Assert.That(transcript, Does.Contain("Tu es alice.").And.Contain(":reply 12 je suis partant"));
            Assert.That(transcript, Does.Contain("alice> · Tu es maintenant bob."));
            Assert.That(transcript, Does.EndWith("bob> \nÀ bientôt !\n"));
        });
    }

    [Test]
    public async Task Redirected_ShowsNoBanner()
    {
        using var sandbox = new SandboxHarness(":help");

        var transcript = await sandbox.RunAsHostedServiceAsync();

        Assert.That(transcript, Does.StartWith("alice> :help\nCommandes du bac à sable :"));
        Assert.That(transcript, Does.Not.Contain("Bienvenue"));
    }

    [Test]
    public async Task English_LabelsFollowTheBotLanguage()
    {
        using var sandbox = new SandboxHarness(string.Join("\n", "/mission new Poster | skills: design", ":as bob", ":reply 1 count me in", ":as Bob!"), language: "en");

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("[button “Count me in” → :click 1]"));
            Assert.That(transcript, Does.Contain("[private → alice] Posted!"));
            Assert.That(transcript, Does.Contain("[reaction ✅ on bob's message]"));
            Assert.That(transcript, Does.Contain("[#missions · announcement #1 updated] Candidates: 1"));
            Assert.That(transcript, Does.Contain("· \"Bob!\" can't be a username"));
        });
    }

    [Test]
    public async Task SecondRun_OnTheSameDatabase_KnowsTheMissionsOfTheFirst()
    {
        var path = SandboxHarness.NewDatabasePath();
        try
        {
            using (var first = new SandboxHarness(NewMission, databasePath: path))
            {
                await first.RunAsync();
            }
            using var second = new SandboxHarness(string.Join("\n", "/mission new Buvette", ":as bob", ":reply 1 partant", ":click 2"), databasePath: path);

            var transcript = await second.RunAsync();

            Assert.Multiple(() =>
            {
                Assert.That(transcript, Does.Contain("Mission #2 · Buvette"));
                Assert.That(transcript, Does.Contain("[réaction ✅ sur le message de bob]"));
                Assert.That(transcript, Does.Contain("[DM → bob] missionbot: Merci ! Ta candidature pour la mission #1 « Affiche du festival »"));
                Assert.That(transcript, Does.Contain("[privé → bob] Merci ! Ta candidature pour la mission #2 « Buvette »"));
                Assert.That(second.Database.Candidacies.Count(), Is.EqualTo(2));
            });
        }
        finally
        {
            SandboxHarness.DeleteDatabase(path);
        }
    }
}
