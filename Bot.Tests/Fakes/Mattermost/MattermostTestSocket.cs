using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// A bare websocket client for the fake server's self-tests (plain ClientWebSocket, none of the bot's code).
/// Every receive gives up after a few seconds instead of hanging the test run.
/// </summary>
public sealed class MattermostTestSocket : IDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();

    private MattermostTestSocket()
    {
        _socket.Options.CollectHttpResponseDetails = true;
    }

    public WebSocketState State => _socket.State;

    /// <summary>The handshake's HTTP status (101 on success, e.g. 401 when refused).</summary>
    public int HandshakeStatus => (int)_socket.HttpStatusCode;

    public static Uri WebSocketUri(string serverUrl, string query = "") =>
        new($"{serverUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/api/v4/websocket{query}");

    /// <summary>Connects; with a token it authenticates by the Authorization header of the upgrade.</summary>
    public static async Task<MattermostTestSocket> ConnectAsync(string serverUrl, string? bearerToken = null, string query = "")
    {
        var socket = new MattermostTestSocket();
        if (bearerToken is not null)
        {
            socket._socket.Options.SetRequestHeader("Authorization", $"Bearer {bearerToken}");
        }
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        try
        {
            await socket._socket.ConnectAsync(WebSocketUri(serverUrl, query), timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return socket;
    }

    /// <summary>Tries to connect and returns the refused socket (to read <see cref="HandshakeStatus"/>).</summary>
    public static async Task<MattermostTestSocket> TryConnectAsync(string serverUrl, string? bearerToken, string query = "")
    {
        var socket = new MattermostTestSocket();
        if (bearerToken is not null)
        {
            socket._socket.Options.SetRequestHeader("Authorization", $"Bearer {bearerToken}");
        }
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        try
        {
            await socket._socket.ConnectAsync(WebSocketUri(serverUrl, query), timeout.Token);
        }
        catch (WebSocketException)
        {
            // Refused: HandshakeStatus says why.
        }
        return socket;
    }

    public async Task SendAsync(JsonObject message)
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next JSON message; fails if the server closes or nothing comes in time.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var (message, closeStatus) = await ReceiveFrameAsync();
        return message ?? throw new WebSocketException($"The server closed the websocket ({closeStatus}) instead of sending a message.");
    }

    /// <summary>Reads until the server's close frame and returns its status; fails if a message comes first
    /// unless <paramref name="skipMessages"/>.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync(bool skipMessages = false)
    {
        while (true)
        {
            var (message, closeStatus) = await ReceiveFrameAsync();
            if (message is null)
            {
                return closeStatus;
            }
            if (!skipMessages)
            {
                throw new InvalidOperationException($"Expected the websocket to close, got {message.ToJsonString()}.");
            }
        }
    }

    private async Task<(JsonObject? Message, WebSocketCloseStatus? CloseStatus)> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[8192];
        using var text = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"Nothing arrived on the websocket within {ReceiveTimeout.TotalSeconds} s.", e);
            }
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    // Complete the close handshake, as every real client does.
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                }
                return (null, result.CloseStatus);
            }
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return ((JsonObject)JsonNode.Parse(text.ToArray())!, null);
            }
        }
    }

    public void Dispose() => _socket.Dispose();
}
