using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>subscriptions.get</c>: <c>{update:[...], remove:[...], success}</c>.</summary>
internal sealed class RcSubscriptionsResponse
{
    [JsonPropertyName("update")]
    public List<RcSubscription> Update { get; set; } = [];
}
