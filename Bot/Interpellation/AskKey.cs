namespace MissionBot.Interpellation;

/// <summary>
/// "This person was already asked about this mission": asking to take it (ping or nominee invitation)
/// and asking for recommendations are tracked apart.
/// </summary>
public readonly record struct AskKey(int MissionNumber, string PersonId, bool Trust)
{
    public static AskKey For(int missionNumber, string personId, PingKind kind) =>
        new(missionNumber, personId, kind == PingKind.CooptationQuestion);
}
