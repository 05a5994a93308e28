using MissionBot.Reports;

namespace MissionBot.Tests.Reports;

/// <summary>Pings a test declares for one period; records the period it was asked about.</summary>
public sealed class FakePingHistory(IReadOnlyDictionary<string, int> pings) : IPingHistory
{
    public (DateTime From, DateTime To)? AskedFor { get; private set; }

    public IReadOnlyDictionary<string, int> PingsPerPerson(DateTime from, DateTime to)
    {
        AskedFor = (from, to);
        return pings;
    }
}
