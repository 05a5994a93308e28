using System.Globalization;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Interpellation;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission ping 12 [n]": the owner asks the n best-fitting members privately; the summary says who and why.</summary>
public sealed class PingSubcommand(
    InterpellationTexts texts,
    MissionGuard guard,
    PingService pings,
    IOptions<InterpellationOptions> options) : InterpellationSubcommand(texts)
{
    public const int MaxCount = 20;

    public override string Name => "ping";

    public override IReadOnlyCollection<string> Aliases { get; } = ["solliciter", "sollicitation", "interpeller", "cibler"];

    public override ParsedCommand Parse(string arguments)
    {
        var (first, rest) = SplitFirst(arguments);
        return CommandParser.WithNumber(Name, first, number =>
        {
            if (rest.Length == 0)
            {
                return new PingCommand(number, null);
            }
            return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= MaxCount
                ? new PingCommand(number, count)
                : new RefusedInput(Texts.BadCount(CommandParser.Shorten(rest), MaxCount, Usage));
        });
    }

    protected override async Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var ping = (PingCommand)command;
        var (mission, refusal) = guard.Check(ping.MissionNumber, context.User, mustBeOpen: true);
        if (mission is null)
        {
            return refusal!;
        }
        var report = await pings.PingAsync(mission, ping.Count ?? options.Value.DefaultPingCount, cancellationToken);
        return CommandReply.Private(Texts.PingSummary(report));
    }
}
