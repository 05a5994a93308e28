using System.Globalization;
using MissionBot.Chat;
using MissionBot.People;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission limit 1": the member's own weekly cap.</summary>
public sealed class LimitSubcommand(InterpellationTexts texts, ProfileService profiles) : InterpellationSubcommand(texts)
{
    public const int MaxPerWeek = 20;

    public override string Name => "limit";

    public override IReadOnlyCollection<string> Aliases { get; } = ["limite", "quota", "max"];

    public override ParsedCommand Parse(string arguments)
    {
        var text = arguments.Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var perWeek) && perWeek <= MaxPerWeek
            ? new LimitCommand(perWeek)
            : new RefusedInput(Texts.BadLimit(CommandParser.Shorten(text), Usage));
    }

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var perWeek = ((LimitCommand)command).PerWeek;
        profiles.SetLimit(context.User, perWeek);
        return Task.FromResult(CommandReply.Private(Texts.LimitSet(perWeek)));
    }
}
