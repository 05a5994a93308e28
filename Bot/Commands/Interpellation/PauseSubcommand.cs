using MissionBot.Chat;
using MissionBot.People;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission pause 14j": no pings for a while (the member can still volunteer).</summary>
public sealed class PauseSubcommand(InterpellationTexts texts, ProfileService profiles, TimeProvider clock) : InterpellationSubcommand(texts)
{
    public override string Name => "pause";

    public override IReadOnlyCollection<string> Aliases { get; } = ["pauser", "break"];

    public override ParsedCommand Parse(string arguments) => new PauseCommand(arguments.Trim());

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var duration = ((PauseCommand)command).Duration;
        if (!PauseDurationParser.TryParse(duration, clock.GetUtcNow().UtcDateTime, out var until))
        {
            return Task.FromResult(CommandReply.Error(Texts.BadDuration(CommandParser.Shorten(duration), Usage)));
        }
        profiles.PauseUntil(context.User, until);
        return Task.FromResult(CommandReply.Private(Texts.Paused(until)));
    }
}
