namespace MissionBot.LoadDriver;

/// <summary>Latencies (ms) of one load step at one offered rate, and how many requests got no answer in time.</summary>
public sealed record LatencySample(int OfferedRate, IReadOnlyList<double> Milliseconds, int Sent, int Missing, TimeSpan Elapsed)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    /// <summary>
    /// The bot's own share of each answered latency (ms): the end-to-end time less what the server spent on
    /// the calls the bot had to wait for before answering. Empty where it is not measured (commands, Hubot).
    /// </summary>
    public IReadOnlyList<double> Own { get; init; } = [];

    /// <summary>
    /// Processor time the measured process used per answer (ms), from the step's start until its backlog was
    /// worked off: 1000 / this is the most answers per second one core can give. NaN where not measured.
    /// </summary>
    public double CoreMillisecondsPerAnswer { get; init; } = double.NaN;

    public double OwnP50 => Percentile(Own, 0.50);

    public double OwnP99 => Percentile(Own, 0.99);

    /// <summary>Answers per second over the step (sending time plus the wait for late answers).</summary>
    public double Throughput => Elapsed.TotalSeconds > 0 ? Milliseconds.Count / Elapsed.TotalSeconds : 0;

    public double Percentile(double fraction) => Percentile(Milliseconds, fraction);

    private static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
