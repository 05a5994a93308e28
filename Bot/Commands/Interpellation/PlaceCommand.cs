namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission place [Lyon|aucun]": null shows the place, "" clears it.</summary>
public sealed record PlaceCommand(string? Place) : ParsedCommand;
