namespace MissionBot.Commands.Reports;

/// <summary>"/mission report [2026] [--doc]", parsed: <see cref="Year"/> is null for the current year.</summary>
public sealed record ReportCommand(int? Year, bool Document) : ParsedCommand;
