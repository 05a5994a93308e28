using System.Net;

namespace MissionBot.Tests.EndToEnd.Mattermost;

public sealed class SlashCommandTests : MattermostEndToEndTest
{
    [Test]
    public async Task NewMission_PostsAnnouncementWithJoinButton_AndAnswersPrivatelyWithItsNumber()
    {
        var answer = await CommandAsync(Alice, "new Atelier vélo | réparer les vélos du quartier | lieu: Lyon");

        var announcement = Announcements.Single();
        var action = announcement.Props["attachments"]?[0]?["actions"]?[0];
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["response_type"], Is.EqualTo("ephemeral"));
            Assert.That((string?)answer["text"], Does.Contain("#1").And.Contain("Atelier vélo"));
            Assert.That(announcement.Message, Does.Contain("Mission #1").And.Contain("Atelier vélo").And.Contain("Lyon"));
            Assert.That((string?)action?["name"], Is.EqualTo("Je me propose"));
            Assert.That((string?)action?["type"], Is.EqualTo("button"));
            Assert.That(Bot.Missions.Single().AnnouncementPostId, Is.EqualTo(announcement.Id));
        });
    }

    [Test]
    public async Task Command_WithWrongToken_IsRefusedWith401_AndNothingIsPosted()
    {
        using var response = await Server.SendSlashCommandAsync(Bot.CommandUrl, Alice, "new Atelier vélo", token: "not-the-command-token");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(Server.Posts.Where(p => p.UserId == Server.Bot.Id), Is.Empty);
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    [Test]
    public async Task Command_WithoutAnyToken_IsRefusedWith401()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user_id"] = Alice.Id,
            ["user_name"] = Alice.Username,
            ["channel_id"] = Server.TownSquare.Id,
            ["text"] = "new Atelier vélo",
        });

        using var response = await BotUnderTest.Http.PostAsync(Bot.CommandUrl, form);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    [Test]
    public async Task Command_WithAnOversizedBody_IsRefusedWith413_AndNothingIsDone()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = Fakes.Mattermost.FakeMattermostServer.CommandToken,
            ["user_id"] = Alice.Id,
            ["user_name"] = Alice.Username,
            ["channel_id"] = Server.TownSquare.Id,
            ["text"] = "new Atelier vélo | " + new string('x', 300_000),
        });

        using var response = await BotUnderTest.Http.PostAsync(Bot.CommandUrl, form);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    [Test]
    public async Task Join_ByCommand_RecordsCandidacy_AndTellsTheOwner()
    {
        await NewMissionAsync();

        var answer = await CommandAsync(Bob, "join 1");

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 1, "alice to hear about bob");
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Does.Contain("candidature").And.Contain("#1"));
            Assert.That(Bot.Candidacies.Single().PersonId, Is.EqualTo(Bob.Id));
            Assert.That(Server.DirectPostsTo(Alice).Single().Message, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task List_ShowsOpenMissions()
    {
        await NewMissionAsync(title: "Atelier vélo");
        await NewMissionAsync(title: "Affiche du festival");

        var answer = await CommandAsync(Bob, "list");

        Assert.That((string?)answer["text"], Does.Contain("#1").And.Contain("Atelier vélo").And.Contain("#2").And.Contain("Affiche du festival"));
    }

    private static IEnumerable<TestCaseData> BadCommands()
    {
        yield return new TestCaseData("voler 3", "Je ne connais pas la commande").SetName("Command_Unknown_IsExplainedAndChangesNothing");
        yield return new TestCaseData("join 42", "Je ne trouve pas de mission **#42**").SetName("Join_UnknownMission_IsExplainedAndChangesNothing");
        yield return new TestCaseData("join douze", "n'est pas un numéro de mission").SetName("Join_NotANumber_IsExplainedAndChangesNothing");
        yield return new TestCaseData("new Atelier vélo | échéance: 31/02/2027", "Je ne comprends pas la date").SetName("NewMission_WithBadDate_IsExplainedAndChangesNothing");
        yield return new TestCaseData("new | juste une description", "a besoin d'un titre").SetName("NewMission_WithEmptyTitle_IsExplainedAndChangesNothing");
        yield return new TestCaseData("new Atelier vélo | " + new string('é', 16400), "trop long").SetName("NewMission_LongerThanMattermostAllows_IsExplainedAndChangesNothing");
    }

    [TestCaseSource(nameof(BadCommands))]
    public async Task BadInput_GetsAPrivateExplanation_AndChangesNothing(string text, string explanation)
    {
        var answer = await CommandAsync(Alice, text);

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["response_type"], Is.EqualTo("ephemeral"));
            Assert.That((string?)answer["text"], Does.Contain(explanation));
            Assert.That(Bot.Missions, Is.Empty);
            Assert.That(Bot.Candidacies, Is.Empty);
            Assert.That(Server.Posts.Where(p => p.UserId == Server.Bot.Id), Is.Empty);
        });
    }

    [Test]
    public async Task Command_NeverPingsTheWholeChannel()
    {
        await CommandAsync(Alice, "new Réunion @channel @all | venez tous @here");

        var announcement = Announcements.Single();
        Assert.That(announcement.Message, Does.Not.Match("@(channel|all|here)\\b"));
    }

    [Test]
    public async Task EmptyCommand_AnswersWithHelp()
    {
        var answer = await CommandAsync(Bob, "");

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["response_type"], Is.EqualTo("ephemeral"));
            Assert.That((string?)answer["text"], Does.Contain("/mission join 12"));
        });
    }
}
