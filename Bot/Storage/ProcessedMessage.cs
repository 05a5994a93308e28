namespace MissionBot.Storage;

/// <summary>An incoming post that was fully handled.</summary>
public sealed class ProcessedMessage
{
    public string Id { get; set; } = "";

    public DateTime At { get; set; }
}
