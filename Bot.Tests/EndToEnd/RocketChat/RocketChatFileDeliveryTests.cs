using System.Text.Json;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

/// <summary>Exports reach people as real files in their direct room (rooms.media, then rooms.mediaConfirm).</summary>
public sealed class RocketChatFileDeliveryTests
{
    private RocketChatBotHost _bot = null!;

    [SetUp]
    public async Task SetUp() => _bot = await RocketChatBotHost.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bot.DisposeAsync();

    private FakeRocketChatServer Server => _bot.Server;

    [Test]
    public async Task MyData_BringsAJsonFileWithTheirDataToThePersonsDirectRoom()
    {
        _bot.Say(_bot.Bob, "!mission mes-donnees");

        await Server.WaitUntilAsync(() => Server.DirectFilesTo(_bot.Bob).Count == 1, "bob's export to arrive in his direct room");
        var file = Server.DirectFilesTo(_bot.Bob).Single();
        using var json = JsonDocument.Parse(file.Content);
        var message = Server.DirectMessagesTo(_bot.Bob).Single(m => m.File is not null);
        Assert.Multiple(() =>
        {
            Assert.That(file.Name, Is.EqualTo("missionbot-mes-donnees.json"));
            Assert.That(file.Type, Is.EqualTo("application/json"));
            Assert.That(json.RootElement.GetProperty("username").GetString(), Is.EqualTo("bob"));
            Assert.That(message.Text, Does.Contain("!mission oublie-moi"), "the caption goes with the file, with Rocket.Chat's prefix");
            Assert.That(Server.Calls.Select(c => (c.Endpoint, c.Status)), Does.Contain(("rooms.media", 200)).And.Contain(("rooms.mediaConfirm", 200)));
        });
    }

    [Test]
    public async Task MyData_WhenFilesAreRefusedInDirectRooms_ArrivesInTheMessageItself()
    {
        Server.DirectFileUploadEnabled = false;

        _bot.Say(_bot.Bob, "!mission mes-donnees");

        await Server.WaitUntilAsync(
            () => Server.DirectMessagesTo(_bot.Bob).Any(m => m.Text.Contains("\"username\": \"bob\"", StringComparison.Ordinal)),
            "bob's data to arrive inline in his direct room");
        Assert.That(Server.Files, Is.Empty);
        Assert.That(Server.Calls.Count(c => c.Endpoint == "rooms.media"), Is.EqualTo(1), "a refusal is not retried");
    }
}
