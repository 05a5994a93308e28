using System.Text.Json;
using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>The JSON settings for everything the adapter reads and writes.</summary>
internal static class RcJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new EjsonDateConverter() },
    };
}
