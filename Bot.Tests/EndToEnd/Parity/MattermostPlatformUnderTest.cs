using System.Text.Json.Nodes;
using MissionBot.Missions;
using MissionBot.Tests.EndToEnd.Mattermost;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>Mattermost: slash commands and clicks answered in the HTTP response (ephemeral), events over the websocket.</summary>
public sealed class MattermostPlatformUnderTest : IChatPlatformUnderTest
{
    private readonly Dictionary<string, FakeUser> _users = [];
    private FakeMattermostServer _server = null!;
    private BotUnderTest _bot = null!;
    private FakeUser _dave = null!;

    public string Command => "/mission";

    public CandidacySource ClickSource => CandidacySource.Button;

    public PlatformUser Alice { get; private set; } = null!;

    public PlatformUser Bob { get; private set; } = null!;

    public PlatformUser Carol { get; private set; } = null!;

    public IReadOnlyList<Mission> Missions => _bot.Missions;

    public IReadOnlyList<Candidacy> Candidacies => _bot.Candidacies;

    public IReadOnlyList<BotPost> Announcements =>
        _server.PostsIn(_server.MissionsChannel.Id).Where(p => p.UserId == _server.Bot.Id && !p.IsReply).Select(p => new BotPost(p.Id, p.Message)).ToList();

    public async Task StartAsync()
    {
        _server = await FakeMattermostServer.StartAsync();
        Alice = Add("alice");
        Bob = Add("bob");
        Carol = Add("carol");
        _dave = _server.AddUser("dave");
        _bot = await BotUnderTest.StartAsync(_server);
    }

    public async Task<string> CommandAsync(PlatformUser user, string text)
    {
        using var response = await _server.SendSlashCommandAsync(_bot.CommandUrl, _users[user.Id], text);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (string?)answer?["text"] ?? "";
    }

    public async Task<string> ClickJoinAsync(PlatformUser user, BotPost announcement)
    {
        var post = _server.Posts.Single(p => p.Id == announcement.Id);
        var actionId = (string?)post.Props["attachments"]?[0]?["actions"]?[0]?["id"] ?? "";
        using var response = await _server.ClickButtonAsync(post, actionId, _users[user.Id]);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (string?)answer?["ephemeral_text"] ?? "";
    }

    public async Task<string> ReplyInThreadAsync(PlatformUser user, BotPost announcement, string text) =>
        (await _server.UserPostsAsync(_users[user.Id], _server.MissionsChannel.Id, text, announcement.Id)).Id;

    public Task SendDirectAsync(PlatformUser user, string text) => _server.UserSendsDirectAsync(_users[user.Id], text);

    public string CurrentText(BotPost post) => _server.Posts.Single(p => p.Id == post.Id).Message;

    public IReadOnlyList<string> DirectMessagesTo(PlatformUser user) => _server.DirectPostsTo(_users[user.Id]).Select(p => p.Message).ToList();

    public IReadOnlyList<string> BotReactionsOn(string postId) =>
        _server.Reactions.Where(r => r.UserId == _server.Bot.Id && r.PostId == postId).Select(r => r.EmojiName).ToList();

    public Task WaitUntilAsync(Func<bool> condition, string what) => _server.WaitUntilAsync(condition, what);

    public async Task BarrierAsync()
    {
        var answered = _server.DirectPostsTo(_dave).Count;
        await _server.UserSendsDirectAsync(_dave, "aide");
        await _server.WaitUntilAsync(() => _server.DirectPostsTo(_dave).Count > answered, "the bot to answer dave's DM (barrier)");
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public override string ToString() => "Mattermost";

    private PlatformUser Add(string username)
    {
        var user = _server.AddUser(username);
        _users[user.Id] = user;
        return new PlatformUser(user.Id, user.Username);
    }
}
