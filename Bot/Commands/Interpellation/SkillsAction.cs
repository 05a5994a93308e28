namespace MissionBot.Commands.Interpellation;

public enum SkillsAction
{
    Show,
    Add,
    Remove,
}
