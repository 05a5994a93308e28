namespace MissionBot.Jury;

/// <summary>
/// Who recommended a candidate for a mission (cooptation): they may not judge that mission. The cooptation
/// feature provides the real lookup; until then nobody is known to have recommended anyone.
/// </summary>
public interface ICooptationLookup
{
    /// <summary>Ids of the people who recommended <paramref name="candidateId"/> for this mission.</summary>
    IReadOnlyCollection<string> CooptersOf(int missionNumber, string candidateId);
}
