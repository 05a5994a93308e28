using System.Net;
using System.Text.Json.Nodes;
using MissionBot.Chat.Mattermost;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// Each test gets a fresh fake Mattermost server and a fresh bot connected to it, plus three people:
/// alice (who usually posts missions), bob and carol.
/// </summary>
public abstract class MattermostEndToEndTest
{
    protected FakeMattermostServer Server { get; private set; } = null!;

    protected BotUnderTest Bot { get; private set; } = null!;

    protected FakeUser Alice { get; private set; } = null!;

    protected FakeUser Bob { get; private set; } = null!;

    protected FakeUser Carol { get; private set; } = null!;

    /// <summary>Configuration keys a test class changes (e.g. a zero reply budget).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [SetUp]
    public async Task StartAsync()
    {
        Server = await FakeMattermostServer.StartAsync();
        Alice = Server.AddUser("alice");
        Bob = Server.AddUser("bob");
        Carol = Server.AddUser("carol");
        Bot = await BotUnderTest.StartAsync(Server, Settings);
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>The bot's top-level posts in ~missions: its announcements.</summary>
    protected IReadOnlyList<FakePost> Announcements =>
        Server.PostsIn(Server.MissionsChannel.Id).Where(p => p.UserId == Server.Bot.Id && p.RootId.Length == 0).ToList();

    /// <summary>Types "/mission {text}" as <paramref name="user"/>; returns the bot's JSON answer (HTTP 200 asserted).</summary>
    protected async Task<JsonObject> CommandAsync(FakeUser user, string text)
    {
        using var response = await Server.SendSlashCommandAsync(Bot.CommandUrl, user, text);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"/mission {text}");
        return await ReadJsonAsync(response);
    }

    /// <summary>Alice (by default) posts a mission with the one-line form; returns its announcement.</summary>
    protected async Task<FakePost> NewMissionAsync(FakeUser? owner = null, string title = "Atelier vélo")
    {
        var before = Announcements.Count;
        var answer = await CommandAsync(owner ?? Alice, $"new {title} | réparer les vélos du quartier | lieu: Lyon");
        Assert.That(Announcements, Has.Count.EqualTo(before + 1), $"announcement of {title}; bot answered: {answer}");
        return Announcements[^1];
    }

    /// <summary>The current state of a post (after the bot's edits).</summary>
    protected FakePost Current(FakePost post) => Server.Posts.Single(p => p.Id == post.Id);

    /// <summary>
    /// The bot handles websocket events one at a time, in order. Carol's DM, sent last, is answered only once
    /// everything before it was handled: after this, "nothing happened" is a real observation, not a race.
    /// </summary>
    protected async Task WaitForBotToCatchUpAsync()
    {
        var answered = Server.DirectPostsTo(Carol).Count;
        await Server.UserSendsDirectAsync(Carol, "aide");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Carol).Count > answered, "the bot to answer carol's DM");
        // Other people's posts are handled alongside carol's: wait for those still running.
        await Server.WaitUntilAsync(() => Bot.Get<MattermostEventStream>().IsIdle, "the bot to finish every event it received");
    }

    protected static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
