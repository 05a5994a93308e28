namespace MissionBot.Chat;

/// <summary>
/// The answer to a command. <see cref="PrivateText"/> is shown only to the person who typed the command
/// (an ephemeral answer on Mattermost, a DM on Rocket.Chat, a labelled line in the console).
/// When <see cref="OpenMissionDialog"/> is set, the adapter opens the "new mission" form instead, if it can.
/// </summary>
public sealed record CommandReply(string PrivateText)
{
    public bool OpenMissionDialog { get; init; }

    /// <summary>The input was refused and nothing changed (a dialog stays open, for example).</summary>
    public bool IsError { get; init; }

    public static CommandReply Private(string text) => new(text);

    public static CommandReply Error(string text) => new(text) { IsError = true };
}
