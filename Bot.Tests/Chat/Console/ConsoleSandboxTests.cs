namespace MissionBot.Tests.Chat.Console;

/// <summary>
/// The real program in console mode (no platform configured), fed a script on stdin as a newcomer would:
/// the whole path from Program.cs to the transcript, with LiteDB in a temp file.
/// </summary>
public sealed class ConsoleSandboxTests
{
    [Test]
    public async Task PipedScript_PlaysTheWholeVolunteeringStoryInFrenchAndExitsZero()
    {
        var run = await SandboxProcess.RunAsync("""
            /mission new Refonte du site | Passer le site sous WordPress | compétences: wordpress, graphisme | lieu: Lyon | bénévole | porte d’entrée
            :as bob
            :reply 1 je suis partant
            /mission list
            /mission supprimer 1

            """);

        var transcript = run.Output;
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(transcript, Does.Not.Contain("Bienvenue"), "no banner when the input is a script");
            Assert.That(transcript, Does.Contain("[#missions] missionbot: 📣 Mission #1 · Refonte du site"));
            Assert.That(transcript, Does.Contain("Porte d'entrée : idéale pour une première mission dans le réseau"));
            Assert.That(transcript, Does.Contain("[privé → alice] C'est publié ! Ta mission #1 « Refonte du site » est annoncée."));
            Assert.That(transcript, Does.Contain("· Tu es maintenant bob."));
            Assert.That(transcript, Does.Contain("[réaction ✅ sur le message de bob]"));
            Assert.That(transcript, Does.Contain("[DM → bob] missionbot: Merci ! Ta candidature pour la mission #1"));
            Assert.That(transcript, Does.Contain("[DM → alice] missionbot: Nouvelle candidature pour ta mission #1 « Refonte du site » : @bob"));
            Assert.That(transcript, Does.Contain("[#missions · annonce #1 mise à jour] Candidatures : 1"));
            Assert.That(transcript, Does.Contain("[privé → bob] Missions ouvertes\n    - #1 Refonte du site · wordpress, graphisme · 🚪 porte d'entrée"));
            Assert.That(transcript, Does.Contain("[privé → bob] Je ne connais pas la commande « supprimer ». Tape /mission help"));
            Assert.That(run.Errors, Does.Not.Contain("ERR]").And.Not.Contain("Exception"), run.ToString());
        });
        Assert.That(
            transcript.IndexOf("[réaction ✅", StringComparison.Ordinal),
            Is.GreaterThan(transcript.IndexOf("bob> :reply 1 je suis partant", StringComparison.Ordinal)),
            "each line is answered before the next one is read");
    }

    [Test]
    public async Task PipedScript_WithLanguageEn_SpeaksEnglish()
    {
        var run = await SandboxProcess.RunAsync(
            "/mission new Website redesign | skills: wordpress | entry\n:as bob\n:reply 1 count me in\n/mission list\n/mission frobnicate\n",
            new Dictionary<string, string> { ["MISSIONBOT_Language"] = "en" });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("[#missions] missionbot: 📣 Mission #1 · Website redesign"));
            Assert.That(run.Output, Does.Contain("[button “Count me in” → :click 1]"));
            Assert.That(run.Output, Does.Contain("[private → alice] Posted! Your mission #1"));
            Assert.That(run.Output, Does.Contain("· You are now bob."));
            Assert.That(run.Output, Does.Contain("[reaction ✅ on bob's message]"));
            Assert.That(run.Output, Does.Contain("[DM → bob] missionbot: Thank you! Your candidacy for mission #1"));
            Assert.That(run.Output, Does.Contain("[DM → alice] missionbot: New candidacy for your mission #1"));
            Assert.That(run.Output, Does.Contain("[private → bob] Open missions"));
            Assert.That(run.Output, Does.Contain("[private → bob] I don't know the command \"frobnicate\"."));
        });
    }

    [Test]
    public async Task EmptyInput_ExitsZeroWithoutOutput()
    {
        var run = await SandboxProcess.RunAsync("");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task BadLanguage_ExitsTwoAndNamesTheVariable()
    {
        var run = await SandboxProcess.RunAsync(
            "/mission list\n", new Dictionary<string, string> { ["MISSIONBOT_Language"] = "de" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Errors, Does.Contain("MISSIONBOT_Language"));
        Assert.That(run.Output, Is.Empty);
    }
}
