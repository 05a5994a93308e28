namespace MissionBot.Texts;

/// <summary>Labels of the "new mission" dialog, in the bot's language.</summary>
public sealed record MissionFormLabels(
    string DialogTitle,
    string Submit,
    string Title,
    string Description,
    string Skills,
    string SkillsHelp,
    string DueDate,
    string DueDateHelp,
    string Place,
    string Paid,
    string PaidHelp,
    string EntryDoor,
    string EntryDoorHelp);
