namespace MissionBot.Decisions;

/// <summary>How a mission ends its call: some people selected, closed without selection, or cancelled.</summary>
public enum DecisionKind
{
    Select,
    Close,
    Cancel,
}
