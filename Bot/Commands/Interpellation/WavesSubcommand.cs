using MissionBot.Chat;
using MissionBot.Interpellation;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;
using MissionBot.Waves;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission waves 12" shows where the waves are; "/mission waves 12 stop" halts them.</summary>
public sealed class WavesSubcommand(InterpellationTexts texts, MissionGuard guard, WaveScheduler scheduler) : InterpellationSubcommand(texts)
{
    private static readonly HashSet<string> StopWords = ["stop", "arret", "arreter", "halt", "fin", "annuler", "cancel"];

    public override string Name => "waves";

    public override IReadOnlyCollection<string> Aliases { get; } = ["vagues", "vague", "wave"];

    public override ParsedCommand Parse(string arguments)
    {
        var (first, rest) = SplitFirst(arguments);
        return CommandParser.WithNumber(Name, first, number => rest.Length == 0
            ? new WavesCommand(number, false)
            : StopWords.Contains(TextNormalizer.Fold(rest))
                ? new WavesCommand(number, true)
                : CommandParser.Unexpected(Name, rest));
    }

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var waves = (WavesCommand)command;
        var (mission, refusal) = guard.Check(waves.MissionNumber, context.User, mustBeOpen: false);
        if (mission is null)
        {
            return Task.FromResult(refusal!);
        }
        var plan = scheduler.Find(mission.Number);
        if (plan is null)
        {
            return Task.FromResult(CommandReply.Error(Texts.WavesNone(mission)));
        }
        if (waves.Stop && scheduler.Stop(mission.Number))
        {
            return Task.FromResult(CommandReply.Private(Texts.WavesStopped(mission)));
        }
        return Task.FromResult(CommandReply.Private(Texts.WavesStatus(mission, plan)));
    }
}
