namespace MissionBot.Commands;

public enum CommandErrorKind
{
    UnknownSubcommand,
    MissingMissionNumber,
    BadMissionNumber,
    EmptyTitle,
    TitleTooLong,
    BadDate,
    DateInPast,
    TooLong,
    UnexpectedText,
    BadWaves,
    BadContribution,
    ContributionNeedsPaid,
}
