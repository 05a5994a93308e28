namespace MissionBot.Interpellation;

/// <summary>
/// A DM answer once read. <see cref="MissionNumber"/> disambiguates ("oui 12"); <see cref="Names"/> are the
/// usernames of a recommendation; <see cref="PlainNames"/> says they were plain words rather than @mentions
/// (so "list" may still be a command).
/// </summary>
public sealed record DmAnswer(DmAnswerKind Kind, int? MissionNumber = null, IReadOnlyList<string>? Names = null, bool Anonymous = false, bool PlainNames = false)
{
    public IReadOnlyList<string> NameList => Names ?? [];
}
