namespace MissionBot.Jury;

/// <summary>The lookup used while no cooptation feature is installed: no recommendations are known.</summary>
public sealed class NoCooptationLookup : ICooptationLookup
{
    public IReadOnlyCollection<string> CooptersOf(int missionNumber, string candidateId) => [];
}
