namespace MissionBot.Hosting;

/// <summary>Checks addresses read from configuration: absolute, http or https.</summary>
public static class AbsoluteHttpUrl
{
    public static bool IsValid(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
