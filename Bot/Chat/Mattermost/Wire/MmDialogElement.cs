namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmDialogElement
{
    public string DisplayName { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>text, textarea, select, bool, radio.</summary>
    public string Type { get; set; } = "text";

    public bool Optional { get; set; }

    public int? MaxLength { get; set; }

    public string? HelpText { get; set; }

    public string? Placeholder { get; set; }

    public string? Default { get; set; }
}
