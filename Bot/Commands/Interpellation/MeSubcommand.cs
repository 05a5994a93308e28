using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission me": skills, preferences, pings received (30 and 90 days, and for what) and candidacies.</summary>
public sealed class MeSubcommand(
    InterpellationTexts texts,
    ProfileService profiles,
    PingRepository pings,
    MissionRepository missions,
    CandidacyRepository candidacies,
    IOptions<InterpellationOptions> options,
    TimeProvider clock) : InterpellationSubcommand(texts)
{
    /// <summary>Pings listed one by one (the counts cover them all).</summary>
    public const int ShownPings = 10;

    public override string Name => "me";

    public override IReadOnlyCollection<string> Aliases { get; } = ["moi", "profil", "profile"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new MeCommand() : CommandParser.Unexpected(Name, arguments);

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = profiles.Find(context.User.Id);
        var recent = pings.ForPerson(context.User.Id, now.AddDays(-90));
        var titles = new Dictionary<int, string>();
        string Title(int number)
        {
            if (!titles.TryGetValue(number, out var title))
            {
                title = missions.Find(number)?.Title ?? "?";
                titles[number] = title;
            }
            return title;
        }
        var pausedUntil = profile?.PausedUntil?.ToUniversalTime();
        var overview = new MemberOverview(
            Skills: profile?.Skills.Select(s => s.Label).ToList() ?? [],
            Place: profile?.Place ?? "",
            PausedUntil: pausedUntil > now ? pausedUntil : null,
            Stopped: profile?.Stopped ?? false,
            Limit: profile?.PingLimit ?? options.Value.PingsPerWeek,
            LimitIsDefault: profile?.PingLimit is null,
            PingsLast30Days: recent.Count(p => p.At.ToUniversalTime() >= now.AddDays(-30)),
            PingsLast90Days: recent.Count,
            RecentPings: recent.Take(ShownPings).Select(p => new PingLine(p.MissionNumber, Title(p.MissionNumber), p.Kind, p.At.ToUniversalTime())).ToList(),
            Candidacies: candidacies.ForPerson(context.User.Id).Select(c => new CandidacyLine(c.MissionNumber, Title(c.MissionNumber), c.Status, c.Source)).ToList());
        return Task.FromResult(CommandReply.Private(Texts.Me(overview)));
    }
}
