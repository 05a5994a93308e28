using MissionBot.Tests.Fakes;
using MissionBot.Tests.Fakes.Mattermost;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.LoadDriver;

/// <summary>
/// The shipped build against the fake Rocket.Chat, once, in smoke mode: its REST and realtime JSON go through
/// the reflection that trimming could break, and the test suite runs the untrimmed bot. Not a measurement.
/// </summary>
public static class RocketChatSmoke
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(DriverOptions options)
    {
        await using var server = await FakeRocketChatServer.StartAsync();
        var alice = server.AddUser("alice", "Alice Martin");
        var bob = server.AddUser("bob", "Bob Lefèvre");
        var missions = server.AddRoom("missions", "c", botIsMember: true, alice, bob);
        var general = server.AddRoom("general", "c", botIsMember: true, alice, bob);
        var database = Path.Combine(Path.GetTempPath(), $"missionbot-rc-smoke-{Guid.NewGuid():N}.db");
        var environment = FakeMattermostServer.AsEnvironment(
            server.BotSettings(missions.Name, $"http://127.0.0.1:{FakeMattermostServer.FreeLoopbackPort()}", database));
        var dll = Path.GetFullPath(options.BotDll);
        var bot = PinnedProcess.Start(options.BotCore, "dotnet", [dll], Path.GetDirectoryName(dll)!, environment);
        try
        {
            await using (bot)
            {
                await Step(() => server.BotListening, "the bot subscribed to its messages");
                server.Post(alice, general, "!mission new Atelier compta | compétences: comptabilité");
                await Step(() => server.BotPostsIn(missions).Count == 1, "the bot announced the mission");
                var reply = server.ReplyInThread(bob, server.BotPostsIn(missions)[0], "Je suis partant !");
                await Step(() => server.ReactionsBy(server.Bot, reply).Contains("white_check_mark"), "the bot reacted ✅ to bob's reply");
                await Step(() => server.DirectMessagesTo(bob).Any(m => m.Text.Contains("candidature", StringComparison.Ordinal)), "bob got his acknowledgement");
                Console.WriteLine("rocket.chat smoke: announced, ✅ and acknowledgement received");

                async Task Step(Func<bool> done, string what)
                {
                    try
                    {
                        await server.WaitUntilAsync(() => done() || bot.HasExited, what, Patience);
                    }
                    catch (TimeoutException)
                    {
                        throw new InvalidOperationException($"Rocket.Chat smoke: waited in vain for {what}." + Environment.NewLine + bot.Tail());
                    }
                    if (!done())
                    {
                        throw new InvalidOperationException($"Rocket.Chat smoke: the bot exited before {what}." + Environment.NewLine + bot.Tail());
                    }
                }
            }
        }
        finally
        {
            TestDatabases.Delete(database);
        }
    }
}
