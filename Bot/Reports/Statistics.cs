namespace MissionBot.Reports;

/// <summary>The few figures reports need, written out so that anyone can check them by hand.</summary>
public static class Statistics
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); null when empty.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Gini coefficient of a distribution: the mean absolute difference between any two people, divided by twice
    /// the mean. 0 when everyone has the same; close to 1 when one person has everything.
    /// </summary>
    public static double Gini(IReadOnlyList<int> counts)
    {
        var n = counts.Count;
        var total = counts.Sum(c => (long)c);
        if (n == 0 || total == 0)
        {
            return 0;
        }
        long differences = 0;
        foreach (var a in counts)
        {
            foreach (var b in counts)
            {
                differences += Math.Abs(a - b);
            }
        }
        // Σ|xi - xj| / (2 n² mean) = Σ|xi - xj| / (2 n total)
        return differences / (2.0 * n * total);
    }

    /// <summary>
    /// Share of the total held by the top <paramref name="percent"/> % of people (at least one person),
    /// e.g. the share of pings going to the 10 % most-pinged people.
    /// </summary>
    public static double TopShare(IReadOnlyList<int> counts, int percent)
    {
        var total = counts.Sum(c => (long)c);
        if (counts.Count == 0 || total == 0)
        {
            return 0;
        }
        var top = Math.Max(1, ((counts.Count * percent) + 99) / 100);
        return (double)counts.OrderDescending().Take(top).Sum(c => (long)c) / total;
    }
}
