using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Interpellation;
using MissionBot.People.Skills;
using MissionBot.Storage;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>
/// "/mission who wordpress lyon": reverse search for people who run missions. Everyone with evidence for the
/// skill (declared, recommended, missions done), most recently active first; people who chose "stop" are marked.
/// </summary>
public sealed class WhoSubcommand(
    InterpellationTexts texts,
    InterpellationIndex index,
    SkillCatalog catalog,
    MissionAccess access,
    BotDatabase db,
    ILogger<WhoSubcommand> logger) : InterpellationSubcommand(texts)
{
    /// <summary>People listed in one answer (the count covers everyone).</summary>
    public const int Shown = 25;

    public override string Name => "who";

    public override IReadOnlyCollection<string> Aliases { get; } = ["qui", "chercher", "cherche", "search", "trouver", "find"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Trim().Length == 0 ? new RefusedInput(Texts.WhoMissingSkill(Usage)) : new WhoCommand(arguments.Trim());

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        // Reverse search is for people who run missions: coordinators and anyone who posted one.
        if (!access.IsCoordinator(context.User) && !db.Missions.Exists(m => m.OwnerId == context.User.Id))
        {
            logger.LogInformation("Reverse search refused to {User}: runs no mission", context.User.Username);
            return Task.FromResult(CommandReply.Error(Texts.WhoRefused()));
        }
        var (skill, place) = Split(((WhoCommand)command).Text);
        var found = index.Who(skill.Key, SkillCatalog.Normalize(place));
        if (found.Count == 0)
        {
            return Task.FromResult(CommandReply.Private(Texts.WhoNobody(skill.Label, place)));
        }
        // Newest activity first: the people collection knows when each person last interacted.
        var lastActive = found.ToDictionary(e => e.PersonId, e => db.People.FindById(e.PersonId)?.LastActiveAt ?? DateTime.MinValue);
        var shown = found.OrderByDescending(e => lastActive[e.PersonId]).ThenBy(e => e.Username, StringComparer.Ordinal).Take(Shown).ToList();
        logger.LogInformation("{User} searched skill {Skill}: {Count} people", context.User.Username, skill.Key, found.Count);
        return Task.FromResult(CommandReply.Private(Texts.WhoResults(skill.Label, place, shown, found.Count)));
    }

    /// <summary>
    /// "wordpress, lyon" is skill and place. Without a comma, the whole text is the skill unless it is unknown
    /// and the text without its last word is a known skill: then the last word is the place.
    /// </summary>
    private (Skill Skill, string Place) Split(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (Resolve(text[..comma]), text[(comma + 1)..].Trim());
        }
        var whole = Resolve(text);
        var space = text.LastIndexOf(' ');
        if (space > 0 && !Known(whole))
        {
            var shorter = Resolve(text[..space]);
            if (Known(shorter))
            {
                return (shorter, text[(space + 1)..].Trim());
            }
        }
        return (whole, "");
    }

    private Skill Resolve(string text) => catalog.Resolve(text) ?? new Skill(SkillCatalog.Normalize(text), text.Trim());

    private bool Known(Skill skill) => catalog.IsKnown(skill.Key) || index.IsSkillKnown(skill.Key);
}
