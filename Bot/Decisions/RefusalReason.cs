namespace MissionBot.Decisions;

/// <summary>
/// One reason of the grid. <see cref="Label"/> is the word shown on buttons and lists; <see cref="Text"/> is
/// what the candidate reads.
/// </summary>
public sealed record RefusalReason(int Number, string Label, IReadOnlyList<string> Keys, string Text);
