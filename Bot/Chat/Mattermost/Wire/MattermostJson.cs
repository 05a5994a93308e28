using System.Text.Json;
using System.Text.Json.Serialization;
using MissionBot.Hosting;

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>Mattermost speaks snake_case JSON; absent optional fields are left out rather than sent as null.</summary>
internal static class MattermostJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => ReflectionJson.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => ReflectionJson.Deserialize<T>(json, Options);

    public static T? Deserialize<T>(Stream utf8Json) => ReflectionJson.Deserialize<T>(utf8Json, Options);

    /// <summary>A JSON answer to a slash command, a button or a form, in Mattermost's snake_case.</summary>
    public static IResult Result<T>(T value) => ReflectionJson.Result(value, Options);
}
