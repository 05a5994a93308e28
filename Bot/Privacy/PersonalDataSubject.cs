namespace MissionBot.Privacy;

/// <summary>
/// The person whose data is exported or erased. <see cref="AnonymousId"/> replaces their id where records stay
/// for the network's anonymous counts (the same id everywhere, so that those records still match each other).
/// </summary>
public sealed record PersonalDataSubject(string PersonId, string Username, string AnonymousId);
