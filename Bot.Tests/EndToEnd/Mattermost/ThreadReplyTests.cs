using MissionBot.Missions;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

public sealed class ThreadReplyTests : MattermostEndToEndTest
{
    [Test]
    public async Task VolunteerReply_RecordsOneCandidacy_ReactsAndSendsBothDirectMessages()
    {
        var announcement = await NewMissionAsync();

        var reply = await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je suis partant !", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 1, "alice's notice");
        await Server.WaitUntilAsync(() => Current(announcement).Message.Contains("Candidatures :** 1", StringComparison.Ordinal), "the announcement to count bob");
        var order = Server.Posts.Select(p => p.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(order.IndexOf(Server.DirectPostsTo(Bob).Single().Id), Is.LessThan(order.IndexOf(Server.DirectPostsTo(Alice).Single().Id)),
                "the volunteer hears back before the owner is told");
            Assert.That(Bot.Candidacies.Single().PersonId, Is.EqualTo(Bob.Id));
            Assert.That(Server.Reactions, Is.EqualTo(new[] { new FakeReaction(Server.Bot.Id, reply.Id, "white_check_mark") }));
            Assert.That(Server.DirectPostsTo(Bob).Single().Message, Does.Contain("candidature").And.Contain("#1"));
            Assert.That(Server.DirectPostsTo(Alice).Single().Message, Does.Contain("@bob"));
            Assert.That(Current(announcement).Message, Does.Contain("Candidatures :** 1"));
        });
    }

    [Test]
    public async Task VolunteerReply_OnAMissionWithOnlyATitle_UpdatesTheAnnouncementCount()
    {
        await CommandAsync(Alice, "new Atelier vélo");
        var announcement = Announcements.Single();

        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je suis partant !", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement");
        await Server.WaitUntilAsync(() => Current(announcement).Message.Contains("Candidatures :** 1", StringComparison.Ordinal), "the announcement to count bob");
        Assert.That(Current(announcement).Message, Does.Contain("Candidatures :** 1"));
    }

    [Test]
    public async Task VolunteerReply_Twice_KeepsOneCandidacyAndOneAcknowledgement()
    {
        var announcement = await NewMissionAsync();
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je suis partant !", announcement.Id);
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement");

        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "+1, vraiment partant", announcement.Id);
        await WaitForBotToCatchUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(1));
            Assert.That(Server.DirectPostsTo(Bob), Has.Count.EqualTo(1));
            Assert.That(Server.DirectPostsTo(Alice), Has.Count.EqualTo(1));
            Assert.That(Server.Reactions, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Question_InTheThread_IsLeftAlone()
    {
        var announcement = await NewMissionAsync();

        var question = await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Qui est dispo samedi ?", announcement.Id);
        await WaitForBotToCatchUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Bot.Candidacies, Is.Empty);
            Assert.That(Server.Reactions.Where(r => r.PostId == question.Id), Is.Empty);
            Assert.That(Server.DirectPostsTo(Bob), Is.Empty);
            Assert.That(Server.DirectPostsTo(Alice), Is.Empty);
        });
    }

    [Test]
    public async Task Owner_VolunteeringOnOwnMission_IsRefused()
    {
        var announcement = await NewMissionAsync(Alice);

        await Server.UserPostsAsync(Alice, Server.MissionsChannel.Id, "Je suis partante !", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 1, "alice's refusal");
        Assert.Multiple(() =>
        {
            Assert.That(Server.DirectPostsTo(Alice).Single().Message, Does.Contain("tu ne peux pas t'y proposer"));
            Assert.That(Bot.Candidacies, Is.Empty);
            Assert.That(Server.Reactions, Is.Empty);
        });
    }

    [Test]
    public async Task VolunteerPhrase_OutsideAMissionThread_IsLeftAlone()
    {
        await NewMissionAsync();

        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je suis partant !");
        await WaitForBotToCatchUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Bot.Candidacies, Is.Empty);
            Assert.That(Server.DirectPostsTo(Bob), Is.Empty);
        });
    }

    [Test]
    public async Task Withdrawal_InTheThread_WithdrawsAndTellsBoth()
    {
        var announcement = await NewMissionAsync();
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je me propose", announcement.Id);
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement");

        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Finalement non, je me retire", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 2, "bob's withdrawal confirmation");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 2, "alice's notices of the candidacy and the withdrawal");
        Assert.Multiple(() =>
        {
            Assert.That(Server.DirectPostsTo(Bob)[1].Message, Does.Contain("retirée"));
            Assert.That(Bot.Candidacies.Single().Status, Is.EqualTo(CandidacyStatus.Withdrawn));
            Assert.That(Server.DirectPostsTo(Alice)[^1].Message, Does.Contain("@bob").And.Contain("retiré"));
        });
    }

    [Test]
    public async Task EventWhoseHandlingFails_IsSkipped_AndTheNextEventIsStillHandled()
    {
        await NewMissionAsync();
        // The bot's answer to bob's DM is refused by the server: handling that event throws.
        Server.FailNextRequests("POST", "/api/v4/posts", 400);

        await Server.UserSendsDirectAsync(Bob, "list");
        // The refusal first: carol's DM (handled alongside bob's) must not be the one that meets it.
        await Server.WaitUntilAsync(() => Server.Requests.Any(r => r.Method == "POST" && r.Path == "/api/v4/posts" && r.Status == 400), "the server to refuse the answer to bob");
        await WaitForBotToCatchUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Server.DirectPostsTo(Bob), Is.Empty);
            Assert.That(Server.DirectPostsTo(Carol), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task DirectMessage_IsTreatedAsACommand_AndAnsweredInTheSameConversation()
    {
        await NewMissionAsync(title: "Atelier vélo");

        await Server.UserSendsDirectAsync(Bob, "list");

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "the bot's answer to bob");
        Assert.That(Server.DirectPostsTo(Bob).Single().Message, Does.Contain("#1").And.Contain("Atelier vélo"));
    }
}
