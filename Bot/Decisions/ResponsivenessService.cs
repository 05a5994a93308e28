using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Reports;
using MissionBot.Storage;
using MissionBot.Texts.Decisions;

namespace MissionBot.Decisions;

/// <summary>
/// How well an owner answers candidates (the Reciprok label): the share of candidacies answered and the median
/// time to answer, over the last months. A candidacy still waiting counts only once it has waited longer than
/// the reminder delay: a fresh candidacy is not yet a missing answer.
/// </summary>
public sealed class ResponsivenessService(MissionHistory history, IOptions<DecisionsOptions> options, DecisionTexts texts, TimeProvider clock)
{
    /// <summary>
    /// How long an announcement line is reused. Every volunteer reply refreshes an announcement, and an owner with
    /// many missions would otherwise have all their candidacies read again each time; the figures move over days,
    /// and an owner's decision forgets the line at once (<see cref="Forget"/>).
    /// </summary>
    public static readonly TimeSpan LineReuse = TimeSpan.FromMinutes(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Line, DateTimeOffset At)> _lines = new();

    public Responsiveness ForOwner(string ownerId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddMonths(-options.Value.ResponsivenessMonths);
        var candidacies = history.CandidaciesOf(history.OwnedBy(ownerId)).Where(c => c.CreatedAt >= since);
        return Compute(candidacies, now, Grace);
    }

    /// <summary>"**Réactivité :** 92 % de réponses, en 2 jours"; null for an owner with nothing to count yet.</summary>
    public string? LineFor(string ownerId)
    {
        var now = clock.GetUtcNow();
        if (_lines.TryGetValue(ownerId, out var known) && now - known.At < LineReuse && now >= known.At)
        {
            return known.Line;
        }
        var responsiveness = ForOwner(ownerId);
        var line = responsiveness.Counted == 0 ? null : texts.ResponsivenessLine(responsiveness);
        _lines[ownerId] = (line, now);
        return line;
    }

    /// <summary>The owner answered candidates: their next announcement shows it.</summary>
    public void Forget(string ownerId) => _lines.TryRemove(ownerId, out _);

    public TimeSpan Grace => TimeSpan.FromDays(options.Value.ReminderAfterDays);

    public static Responsiveness Compute(IEnumerable<Candidacy> candidacies, DateTime now, TimeSpan grace)
    {
        var counted = candidacies
            .Where(c => c.AnsweredAt is not null || (c.Status == CandidacyStatus.Active && c.CreatedAt <= now - grace))
            .ToList();
        var delays = counted.Where(c => c.AnsweredAt is not null).Select(c => (c.AnsweredAt!.Value - c.CreatedAt).TotalMinutes).ToList();
        var median = Statistics.Median(delays);
        return new Responsiveness(counted.Count, delays.Count, median is { } minutes ? TimeSpan.FromMinutes(minutes) : null);
    }
}
