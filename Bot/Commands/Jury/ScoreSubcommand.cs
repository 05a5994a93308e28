using System.Globalization;
using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Jury;
using MissionBot.Texts.Jury;

namespace MissionBot.Commands.Jury;

/// <summary>"/mission noter 12 A 4 3 5" (best typed in a DM to the bot): a juror's scores for one candidacy.</summary>
public sealed class ScoreSubcommand(JuryTexts texts, JuryService jury) : FeatureSubcommand(texts)
{
    public override string Name => "score";

    public override IReadOnlyCollection<string> Aliases { get; } = ["noter", "note", "notation"];

    public override ParsedCommand Parse(string arguments)
    {
        if (!ArgumentSyntax.TryNumber(Name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        var (label, scores) = ArgumentSyntax.FirstWord(rest);
        if (label.Length == 0 || scores.Length == 0)
        {
            return new RefusedCommand(texts.ScoreHowTo(number));
        }
        return new ScoreCommand(number, label, ReadValues(scores) ?? []);
    }

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        command is ScoreCommand c
            ? jury.ScoreAsync(c.MissionNumber, context.User, c.Label, c.Values, cancellationToken)
            : Task.FromResult(CommandReply.Error(((RefusedCommand)command).Message));

    /// <summary>"4 3 5", "prix 4 méthode 3 expérience 5", "prix:4, méthode=3"; null when a name has no score.</summary>
    public static IReadOnlyList<ScoreValue>? ReadValues(string text)
    {
        var values = new List<ScoreValue>();
        var name = "";
        foreach (var raw in ArgumentSyntax.Words(text.Replace(':', ' ').Replace('=', ' ')))
        {
            var token = raw.EndsWith("/5", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(new ScoreValue(name, value));
                name = "";
                continue;
            }
            name = (name + " " + token).Trim();
        }
        return name.Length > 0 || values.Count == 0 ? null : values;
    }
}
