namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>With no time budget at all, every answer that needs the network is "working on it" first, then the real one.</summary>
public sealed class SlowAnswerTests : MattermostEndToEndTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mattermost:ReplyBudgetMilliseconds"] = "0",
    };

    [Test]
    public async Task SlowCommand_AnswersWorkingOnIt_ThenPostsTheRealAnswerToTheResponseUrl()
    {
        var answer = await CommandAsync(Alice, "new Atelier vélo | lieu: Lyon");

        await Server.WaitUntilAsync(() => Server.CommandResponses.Count == 1, "the late answer on the response_url");
        var late = Server.CommandResponses.Single().Body;
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Is.EqualTo(Bot.Texts.WorkingOnIt()));
            Assert.That((string?)late["response_type"], Is.EqualTo("ephemeral"));
            Assert.That((string?)late["text"], Does.Contain("#1").And.Contain("Atelier vélo"));
            Assert.That(Announcements, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SlowClick_AnswersWorkingOnIt_ThenSendsTheRealAnswerByDirectMessage()
    {
        await CommandAsync(Alice, "new Atelier vélo");
        await Server.WaitUntilAsync(() => Announcements.Count == 1, "the announcement");
        var announcement = Announcements.Single();
        var actionId = (string?)announcement.Props["attachments"]?[0]?["actions"]?[0]?["id"] ?? "";

        using var response = await Server.ClickButtonAsync(announcement, actionId, Bob);

        var answer = await ReadJsonAsync(response);
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's late answer");
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Is.EqualTo(Bot.Texts.WorkingOnIt()));
            Assert.That(Server.DirectPostsTo(Bob).Single().Message, Does.Contain("candidature").And.Contain("#1"));
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(1));
        });
    }
}
