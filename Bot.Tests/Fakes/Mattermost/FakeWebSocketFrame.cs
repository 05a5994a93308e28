using System.Net.WebSockets;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>What a connection's send loop writes next: a text message, or (Text null) a close frame.</summary>
internal readonly record struct FakeWebSocketFrame(string? Text, WebSocketCloseStatus CloseStatus = WebSocketCloseStatus.NormalClosure, string CloseDescription = "");
