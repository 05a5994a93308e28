using System.Text.Json;
using System.Text.Json.Serialization;

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>Mattermost speaks snake_case JSON; absent optional fields are left out rather than sent as null.</summary>
internal static class MattermostJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
