namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission waves 12 [stop]": status, or halt.</summary>
public sealed record WavesCommand(int MissionNumber, bool Stop) : ParsedCommand;
