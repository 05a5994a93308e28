namespace MissionBot.Interpellation;

/// <summary>
/// Someone the ranking proposes to ask, with what makes them fit: <see cref="DeclaredLabels"/> are the
/// mission's skills they declared, in their own words ("tu as indiqué WordPress").
/// </summary>
public sealed record RankedMember(string PersonId, string Username, double Score, MatchFacts Facts, IReadOnlyList<string> DeclaredLabels);
