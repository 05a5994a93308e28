using Microsoft.AspNetCore.Http.Features;

namespace MissionBot.Hosting.Mattermost;

/// <summary>The webhooks are public: each one reads a bounded body, so nobody can make the bot swallow megabytes.</summary>
public static class RequestBody
{
    /// <summary>A command of 16383 runes, percent-encoded, fits; anything much bigger is not from Mattermost.</summary>
    public const long MaxCommandBytes = 256 * 1024;

    /// <summary>Button clicks and form submissions are small JSON documents.</summary>
    public const long MaxJsonBytes = 64 * 1024;

    /// <summary>False (answer 413) when the declared length is already too big; otherwise caps what Kestrel will read.</summary>
    public static bool Limit(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return false;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
        return true;
    }
}
