namespace MissionBot.Interpellation;

/// <summary>What a ranking is for: whom to ask to take the mission, or whom to ask for recommendations.</summary>
public enum RankingPurpose
{
    Ping,
    Trust,
}
