using MissionBot.Missions;

namespace MissionBot.Commands;

/// <summary>Either a valid draft or the first reason it was refused.</summary>
public sealed record DraftParseResult(MissionDraft? Draft, CommandError? Error)
{
    public static DraftParseResult Ok(MissionDraft draft) => new(draft, null);

    public static DraftParseResult Fail(CommandErrorKind kind, string detail = "") => new(null, new CommandError(kind, "new", detail));

    public ParsedCommand ToCommand() => Draft is not null ? new NewMissionCommand(Draft) : new InvalidCommand(Error!);
}
