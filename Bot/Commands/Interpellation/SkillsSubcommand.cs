using MissionBot.Chat;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission skills", "/mission skills add wordpress, graphisme", "/mission skills remove graphisme".</summary>
public sealed class SkillsSubcommand(InterpellationTexts texts, SkillCatalog catalog, ProfileService profiles) : InterpellationSubcommand(texts)
{
    private static readonly HashSet<string> AddWords = ["add", "ajouter", "ajoute", "ajout", "+", "plus"];
    private static readonly HashSet<string> RemoveWords = ["remove", "retirer", "retire", "supprimer", "supprime", "enlever", "enleve", "-", "moins", "delete", "del", "rm"];
    private static readonly HashSet<string> ShowWords = ["show", "voir", "list", "liste", "afficher"];

    public override string Name => "skills";

    public override IReadOnlyCollection<string> Aliases { get; } = ["competences", "competence", "skill"];

    public override ParsedCommand Parse(string arguments)
    {
        var (word, rest) = SplitFirst(arguments);
        var folded = TextNormalizer.Fold(word);
        if (folded.Length == 0 || (ShowWords.Contains(folded) && rest.Length == 0))
        {
            return new SkillsCommand(SkillsAction.Show, []);
        }
        SkillsAction action;
        if (AddWords.Contains(folded))
        {
            action = SkillsAction.Add;
        }
        else if (RemoveWords.Contains(folded))
        {
            action = SkillsAction.Remove;
        }
        else
        {
            return new RefusedInput(Texts.SkillsBadAction(CommandParser.Shorten(word), Usage));
        }
        var skills = rest.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (skills.Length == 0)
        {
            return new RefusedInput(Texts.SkillsMissing(Usage));
        }
        var tooLong = skills.FirstOrDefault(s => s.Length > SkillCatalog.MaxLabelLength);
        return tooLong is not null
            ? new RefusedInput(Texts.SkillTooLong(tooLong, SkillCatalog.MaxLabelLength))
            : new SkillsCommand(action, skills);
    }

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var skills = (SkillsCommand)command;
        var user = context.User;
        var resolved = skills.Skills.Select(catalog.Resolve).OfType<Skill>().DistinctBy(s => s.Key).ToList();
        return Task.FromResult(skills.Action switch
        {
            SkillsAction.Add => Add(user, resolved),
            SkillsAction.Remove => Remove(user, resolved, skills.Skills),
            _ => CommandReply.Private(Texts.Skills(Labels(user))),
        });
    }

    private CommandReply Add(ChatUser user, IReadOnlyList<Skill> resolved)
    {
        var added = profiles.AddSkills(user, resolved);
        if (added.Count > 0)
        {
            return CommandReply.Private(Texts.SkillsAdded(added.Select(s => s.Label).ToList(), Labels(user)));
        }
        var all = Labels(user);
        return all.Count >= ProfileService.MaxSkills
            ? CommandReply.Error(Texts.SkillsFull(ProfileService.MaxSkills))
            : CommandReply.Private(Texts.SkillsAlreadyThere(all));
    }

    private CommandReply Remove(ChatUser user, IReadOnlyList<Skill> resolved, IReadOnlyList<string> typed)
    {
        var removed = profiles.RemoveSkills(user, resolved);
        return removed.Count > 0
            ? CommandReply.Private(Texts.SkillsRemoved(removed, Labels(user)))
            : CommandReply.Error(Texts.SkillsNotFound(typed, Labels(user)));
    }

    private List<string> Labels(ChatUser user) => profiles.Find(user.Id)?.Skills.Select(s => s.Label).ToList() ?? [];
}
