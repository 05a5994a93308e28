namespace MissionBot.Tests.Fakes.RocketChat;

public sealed partial class FakeRocketChatServer
{
    /// <summary>
    /// What a bot needs to talk to this server, as configuration keys ("RocketChat:Url"...), as
    /// FakeMattermostServer.BotSettings gives them: the in-process bot of the tests takes them as they are, a bot
    /// run as a program gets them through FakeMattermostServer.AsEnvironment.
    /// </summary>
    public Dictionary<string, string> BotSettings(string missionsChannel, string botUrl, string databasePath) => new()
    {
        ["Platform"] = "rocketchat",
        ["Language"] = "fr",
        ["RocketChat:Url"] = Url,
        ["RocketChat:UserId"] = Bot.Id,
        ["RocketChat:Token"] = BotToken,
        ["Missions:Channel"] = missionsChannel,
        ["Storage:Path"] = databasePath,
        ["Http:Url"] = botUrl,
    };
}
