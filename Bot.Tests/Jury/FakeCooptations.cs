using MissionBot.Jury;

namespace MissionBot.Tests.Jury;

/// <summary>Recommendations a test declares: (mission, candidate) → who recommended them.</summary>
public sealed class FakeCooptations : ICooptationLookup
{
    private readonly List<(int Mission, string Candidate, string Coopter)> _cooptations = [];

    public void Add(int mission, string candidateId, string coopterId) => _cooptations.Add((mission, candidateId, coopterId));

    public IReadOnlyCollection<string> CooptersOf(int missionNumber, string candidateId) =>
        _cooptations.Where(c => c.Mission == missionNumber && c.Candidate == candidateId).Select(c => c.Coopter).ToList();
}
