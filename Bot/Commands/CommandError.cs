namespace MissionBot.Commands;

/// <summary>Why a command was refused. <see cref="Subcommand"/> selects the syntax reminder to show.</summary>
public sealed record CommandError(CommandErrorKind Kind, string Subcommand = "", string Detail = "");
