namespace MissionBot.Reports;

/// <summary>
/// How evenly pings were spread over the <see cref="People"/> known to the bot (members never pinged count as 0):
/// the share going to the 10 % most-pinged people, and the Gini coefficient (0 = even, 1 = all to one person).
/// </summary>
public sealed record PingFairness(int People, int Pings, double TopTenPercentShare, double Gini);
