using System.Text.RegularExpressions;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// What Mattermost's own values look like, to refuse requests whose fields could not have come from it:
/// ids are 26 lowercase letters and digits, usernames 1 to 64 of a-z 0-9 . _ - (PROTOCOLS A2, A6).
/// </summary>
public static partial class FormFields
{
    public static bool IsId(string value) => IdPattern().IsMatch(value);

    public static bool IsOptionalId(string value) => value.Length == 0 || IsId(value);

    public static bool IsUsername(string value) => UsernamePattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]{26}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
