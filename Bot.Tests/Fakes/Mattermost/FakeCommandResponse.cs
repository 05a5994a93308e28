using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A JSON body the bot POSTed to a slash command's response_url (/hooks/commands/{CommandId}).</summary>
public sealed record FakeCommandResponse(string CommandId, JsonObject Body);
