using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissionBot.Hosting;

/// <summary>
/// The one door to System.Text.Json's reflection-based serializer, so the trimmed build's promise is made once.
/// The shipped build is trimmed (Bot.csproj), and reading or writing a type by reflection is safe there only
/// because what goes through here is the bot's own types, which the trimmer keeps whole (TrimmerRootAssembly),
/// holding framework types that System.Text.Json writes with its own converters (strings, numbers, dates, lists,
/// dictionaries, JSON nodes), and because reflection-based serialization is switched on for it
/// (JsonSerializerIsReflectionEnabledByDefault). A framework type without such a converter would lose members
/// once trimmed: keep to those. Anything else calling JsonSerializer directly is flagged by the trim analyzer,
/// which every build runs.
/// </summary>
internal static class ReflectionJson
{
    private const string Justification =
        "The bot's own types (kept whole by TrimmerRootAssembly) over framework types with built-in converters; reflection-based serialization is on.";

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, options);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToUtf8Bytes(value, options);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static T? Deserialize<T>(string json, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(json, options);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static T? Deserialize<T>(Stream utf8Json, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(utf8Json, options);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static T? Deserialize<T>(JsonNode? node, JsonSerializerOptions options) => node.Deserialize<T>(options);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    public static ValueTask<T?> DeserializeAsync<T>(Stream json, JsonSerializerOptions options, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync<T>(json, options, cancellationToken);

    /// <summary>A JSON answer for minimal API endpoints (Results.Json would serialize outside this door).</summary>
    public static IResult Result<T>(T value, JsonSerializerOptions options, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Serialize(value, options), "application/json", System.Text.Encoding.UTF8, statusCode);
}
