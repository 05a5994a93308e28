using MissionBot.Reports;
using MissionBot.Storage;

namespace MissionBot.Interpellation;

/// <summary>The real ping history for the yearly report's fairness figures: every solicitation of every kind.</summary>
public sealed class PingHistory(PingRepository pings) : IPingHistory
{
    public IReadOnlyDictionary<string, int> PingsPerPerson(DateTime from, DateTime to) =>
        pings.Between(from, to)
            .GroupBy(p => p.PersonId)
            .ToDictionary(g => g.Key, g => g.Count());
}
