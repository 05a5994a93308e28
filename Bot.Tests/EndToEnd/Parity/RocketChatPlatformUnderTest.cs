using MissionBot.Missions;
using MissionBot.Tests.EndToEnd.RocketChat;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>
/// Rocket.Chat: commands are messages starting with "!mission" in a channel, private answers come by DM, a click
/// posts the button's command as the clicking person, events come over DDP.
/// </summary>
public sealed class RocketChatPlatformUnderTest : IChatPlatformUnderTest
{
    private readonly Dictionary<string, FakeRcUser> _users = [];
    private RocketChatBotHost _host = null!;

    public string Command => "!mission";

    public CandidacySource ClickSource => CandidacySource.Command;

    public PlatformUser Alice { get; private set; } = null!;

    public PlatformUser Bob { get; private set; } = null!;

    public PlatformUser Carol { get; private set; } = null!;

    public IReadOnlyList<Mission> Missions => _host.Database.Missions.FindAll().ToList();

    public IReadOnlyList<Candidacy> Candidacies => _host.Database.Candidacies.FindAll().ToList();

    public IReadOnlyList<BotPost> Announcements => Server.BotPostsIn(_host.Missions).Select(m => new BotPost(m.Id, m.Text)).ToList();

    private FakeRocketChatServer Server => _host.Server;

    public async Task StartAsync()
    {
        _host = await RocketChatBotHost.StartAsync();
        Alice = Map(_host.Alice);
        Bob = Map(_host.Bob);
        Carol = Map(_host.Carol);
    }

    public Task<string> CommandAsync(PlatformUser user, string text) =>
        AnswerToAsync(user, () => _host.Say(_users[user.Id], $"{Command} {text}"), $"the bot to answer {user.Username}'s command by DM");

    public Task<string> ClickJoinAsync(PlatformUser user, BotPost announcement) =>
        AnswerToAsync(user, () => Server.Click(_users[user.Id], Server.Find(announcement.Id)!, "Je me propose"), $"the bot to answer {user.Username}'s click by DM");

    public Task<string> ReplyInThreadAsync(PlatformUser user, BotPost announcement, string text) =>
        Task.FromResult(Server.ReplyInThread(_users[user.Id], Server.Find(announcement.Id)!, text).Id);

    public Task SendDirectAsync(PlatformUser user, string text)
    {
        Server.SendDirectToBot(_users[user.Id], text);
        return Task.CompletedTask;
    }

    public string CurrentText(BotPost post) => Server.Find(post.Id)!.Text;

    public IReadOnlyList<string> DirectMessagesTo(PlatformUser user) => Server.DirectMessagesTo(_users[user.Id]).Select(m => m.Text).ToList();

    public IReadOnlyList<string> BotReactionsOn(string postId) => Server.ReactionsBy(Server.Bot, Server.Find(postId)!);

    public Task WaitUntilAsync(Func<bool> condition, string what) => Server.WaitUntilAsync(condition, what);

    public Task BarrierAsync() => _host.BarrierAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public override string ToString() => "Rocket.Chat";

    private PlatformUser Map(FakeRcUser user)
    {
        _users[user.Id] = user;
        return new PlatformUser(user.Id, user.Username);
    }

    /// <summary>Private answers come by DM here: act, then wait for one more DM to the person.</summary>
    private async Task<string> AnswerToAsync(PlatformUser user, Action act, string what)
    {
        var before = Server.DirectMessagesTo(_users[user.Id]).Count;
        act();
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_users[user.Id]).Count > before, what);
        return Server.DirectMessagesTo(_users[user.Id])[before].Text;
    }
}
