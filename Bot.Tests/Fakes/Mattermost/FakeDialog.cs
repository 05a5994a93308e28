using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>An interactive dialog the bot opened through POST /api/v4/actions/dialogs/open.</summary>
public sealed record FakeDialog(string TriggerId, string Url, JsonObject Dialog);
