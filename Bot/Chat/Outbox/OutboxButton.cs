namespace MissionBot.Chat.Outbox;

/// <summary>A stored <see cref="ChatButton"/> (LiteDB needs a settable class).</summary>
public sealed class OutboxButton
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public string Command { get; set; } = "";

    public static OutboxButton From(ChatButton button) => new() { Id = button.Id, Label = button.Label, Command = button.Command };
}
