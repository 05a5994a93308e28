namespace MissionBot.People;

/// <summary>
/// Stands in for someone who asked to be forgotten: their records keep an id that names nobody, so that
/// missions keep their anonymous counts.
/// </summary>
public static class ForgottenPerson
{
    public const string Prefix = "forgotten-";

    public static bool Is(string personId) => personId.StartsWith(Prefix, StringComparison.Ordinal);

    public static string NewId() => Prefix + Guid.NewGuid().ToString("N")[..12];
}
