namespace MissionBot.Reports;

/// <summary>The history used while no targeted-calls feature is installed: nobody was pinged.</summary>
public sealed class NoPingHistory : IPingHistory
{
    public IReadOnlyDictionary<string, int> PingsPerPerson(DateTime from, DateTime to) => new Dictionary<string, int>();
}
