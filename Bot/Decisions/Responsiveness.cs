namespace MissionBot.Decisions;

/// <summary>
/// How an owner answers candidates: of the <see cref="Counted"/> candidacies that called for an answer,
/// <see cref="Answered"/> got one, typically after <see cref="MedianDelay"/>.
/// </summary>
public sealed record Responsiveness(int Counted, int Answered, TimeSpan? MedianDelay)
{
    /// <summary>Share answered, 0 to 1 (1 when nothing was counted).</summary>
    public double Share => Counted == 0 ? 1 : (double)Answered / Counted;
}
