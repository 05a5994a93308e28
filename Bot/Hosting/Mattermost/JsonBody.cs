using System.Text.Json;
using MissionBot.Chat.Mattermost.Wire;

namespace MissionBot.Hosting.Mattermost;

/// <summary>Reads a bounded JSON body in Mattermost's snake_case; null when it is too big or not the expected JSON.</summary>
public static class JsonBody
{
    internal static async Task<T?> ReadAsync<T>(HttpContext http) where T : class
    {
        if (!RequestBody.Limit(http, RequestBody.MaxJsonBytes))
        {
            return null;
        }
        try
        {
            return await ReflectionJson.DeserializeAsync<T>(http.Request.Body, MattermostJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
    }
}
