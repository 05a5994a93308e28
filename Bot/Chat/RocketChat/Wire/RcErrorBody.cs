using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>
/// Every failure body: <c>{success:false, error, errorType?}</c>, or before 8.0 for 401 <c>{status:"error", message}</c>.
/// </summary>
internal sealed class RcErrorBody
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("errorType")]
    public string? ErrorType { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
