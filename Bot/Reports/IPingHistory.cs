namespace MissionBot.Reports;

/// <summary>
/// How many private solicitations (pings) each person received: the basis of the report's fairness figures.
/// The targeted-calls feature provides the real history; until then no ping is known.
/// </summary>
public interface IPingHistory
{
    /// <summary>Person id → pings received in [<paramref name="from"/>, <paramref name="to"/>) (UTC); people never pinged may be left out.</summary>
    IReadOnlyDictionary<string, int> PingsPerPerson(DateTime from, DateTime to);
}
