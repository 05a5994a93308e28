using System.Text;
using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

public sealed class FileOutboxTests
{
    private static readonly ChatFile Export = new("export.json", "application/json", Encoding.UTF8.GetBytes("{\"secret\":\"contenu du fichier\"}"));

    [Test]
    public async Task FileSentTwiceWithTheSameKey_ReachesThePersonOnce_AndItsContentIsNotStored()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        var message = new OutgoingMessage("Ton export") { IdempotencyKey = "my-data:u-bob:1" };

        await chat.SendDirectFileAsync(bob.Id, message, Export, CancellationToken.None);
        await chat.SendDirectFileAsync(bob.Id, message, Export, CancellationToken.None);

        var entry = bot.Database.Outbox.FindById("my-data:u-bob:1");
        Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1));
        Assert.That(bot.Chat.DirectsTo(bob)[0].File!.FileName, Is.EqualTo("export.json"));
        Assert.That(entry.State, Is.EqualTo(OutboxState.Sent));
        Assert.That(entry.FileName, Is.EqualTo("export.json"));
        Assert.That(LiteDB.JsonSerializer.Serialize(bot.Database.Raw.GetCollection("outbox").FindById("my-data:u-bob:1")), Does.Not.Contain("contenu du fichier"));
    }

    [Test]
    public async Task FileInterruptedByACrash_IsAbandonedByTheRelay_WhichGoesOnWithTheNextMessages()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var outbox = bot.Get<MissionBot.Storage.OutboxRepository>();
        outbox.AddOrGet(new OutboxEntry { Key = "file-1", Kind = OutboxKind.DirectFile, Target = bob.Id, Text = "Ton export", FileName = "export.json", CreatedAt = bot.Clock.GetUtcNow().UtcDateTime });
        outbox.AddOrGet(new OutboxEntry { Key = "dm-2", Kind = OutboxKind.Direct, Target = bob.Id, Text = "Bonjour", CreatedAt = bot.Clock.GetUtcNow().UtcDateTime.AddSeconds(1) });

        var sent = await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(sent, Is.EqualTo(1));
        Assert.That(bot.Chat.DirectsTo(bob).Single().Text, Is.EqualTo("Bonjour"));
        Assert.That(outbox.Find("file-1")!.State, Is.EqualTo(OutboxState.Abandoned));
    }

    [Test]
    public void FileThatFails_IsAbandonedAndTheCallerHears()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        bot.Chat.FailDirects = true;

        Assert.ThrowsAsync<HttpRequestException>(() =>
            bot.Get<IChatClient>().SendDirectFileAsync(bob.Id, new OutgoingMessage("Ton export") { IdempotencyKey = "k" }, Export, CancellationToken.None));
        Assert.That(bot.Database.Outbox.FindById("k").State, Is.EqualTo(OutboxState.Abandoned));
    }

    [Test]
    public void PlatformWithoutFiles_RefusesByDefault()
    {
        IChatClient platform = new ChatWithoutFiles();

        Assert.ThrowsAsync<NotSupportedException>(() => platform.SendDirectFileAsync("u-bob", new OutgoingMessage("x"), Export, CancellationToken.None));
    }

    /// <summary>A platform adapter that does not implement file uploads (keeps the interface's default).</summary>
    private sealed class ChatWithoutFiles : IChatClient
    {
        public string Platform => "nofiles";

        public ChatUser Me { get; } = new("u-bot", "bot");

        public int MaxMessageLength => 4000;

        public int MeasureLength(string text) => text.Length;

        public Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken) => Task.FromResult(channelName);

        public Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(new PostRef(channelId, "p"));

        public Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(new PostRef(userId, "p"));

        public Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken) => Task.FromResult<ChatUser?>(null);

        public Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<ChatUser?>(null);
    }
}
