using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>A message attachment holding the bot's buttons.</summary>
internal sealed class RcAttachment
{
    [JsonPropertyName("button_alignment")]
    public string ButtonAlignment { get; set; } = "horizontal";

    [JsonPropertyName("actions")]
    public List<RcAction> Actions { get; set; } = [];
}
