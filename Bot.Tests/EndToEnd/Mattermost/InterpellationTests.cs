using MissionBot.Missions;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>Targeted pings and cooptation, end to end: the real bot against the fake Mattermost over real sockets.</summary>
public sealed class InterpellationTests : MattermostEndToEndTest
{
    [Test]
    public async Task PingLoop_SkillsThenPingThenOuiInADirectMessage_MakesACandidacy()
    {
        var skills = await CommandAsync(Bob, "skills add WordPress, design graphique");
        await CommandAsync(Alice, "new Refonte du site | compétences: wordpress | lieu: Lyon");

        var summary = await CommandAsync(Alice, "ping 1");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's ping");
        var ping = Server.DirectPostsTo(Bob).Single().Message;
        await Server.UserSendsDirectAsync(Bob, "Oui !");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 2, "bob's acknowledgement");

        Assert.Multiple(() =>
        {
            Assert.That((string?)skills["text"], Does.Contain("WordPress et graphisme"));
            Assert.That((string?)summary["text"], Does.Contain("J'ai écrit en privé à 1 personne").And.Contain("@bob : a indiqué WordPress"));
            Assert.That(ping, Does.Contain("@alice cherche quelqu'un pour la mission **#1**").And.Contain("tu as indiqué WordPress"));
            Assert.That(Server.DirectPostsTo(Bob)[1].Message, Does.Contain("Ta candidature pour la mission **#1**"));
            var candidacy = Bot.Candidacies.Single();
            Assert.That((candidacy.PersonId, candidacy.Source), Is.EqualTo((Bob.Id, CandidacySource.Ping)));
        });
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Any(p => p.Message.Contains("@bob (suite à une sollicitation)", StringComparison.Ordinal)), "alice told");
    }

    [Test]
    public async Task CooptationLoop_NominatorNamesSomeoneWhoNeverTalkedToTheBot_NomineeAccepts_EveryoneIsTold()
    {
        var dan = Server.AddUser("dan");
        await CommandAsync(Alice, "new Affiche du festival | compétences: graphisme");

        var summary = await CommandAsync(Alice, "coopt 1 @carol");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Carol).Count == 1, "carol's question");
        await Server.UserSendsDirectAsync(Carol, "Je pense à @dan.");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(dan).Count == 1, "dan's invitation");
        // A person answers after the bot has thanked carol (it takes them more than the few milliseconds the bot needs).
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Carol).Count == 2, "carol's thanks");
        await Server.UserSendsDirectAsync(dan, "oui");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Carol).Count == 3, "the outcome, told to carol");

        Assert.Multiple(() =>
        {
            Assert.That((string?)summary["text"], Does.Contain("J'ai demandé à @carol"));
            Assert.That(Server.DirectPostsTo(Carol)[0].Message, Does.Contain("À qui fais-tu confiance pour ça ?"));
            Assert.That(Server.DirectPostsTo(dan)[0].Message, Does.Contain("@carol te recommande pour la mission **#1**"));
            Assert.That(Server.DirectPostsTo(Carol)[1].Message, Does.Contain("Je transmets ta recommandation à @dan"));
            Assert.That(Server.DirectPostsTo(Carol)[2].Message, Does.Contain("@dan a accepté ta recommandation"));
            var candidacy = Bot.Candidacies.Single();
            Assert.That((candidacy.PersonId, candidacy.Source), Is.EqualTo((dan.Id, CandidacySource.Cooptation)));
        });
        await Server.WaitUntilAsync(
            () => Server.DirectPostsTo(Alice).Any(p => p.Message.Contains("@dan vient d'une recommandation de @carol", StringComparison.Ordinal)),
            "alice told who recommended dan");
    }
}
