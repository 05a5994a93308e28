using LiteDB;
using MissionBot.Waves;

namespace MissionBot.Storage;

/// <summary>Wave schedules (collection "waves", one per mission).</summary>
public sealed class WavePlanRepository
{
    private readonly ILiteCollection<WavePlan> _plans;

    public WavePlanRepository(BotDatabase db)
    {
        _plans = db.Collection<WavePlan>(CollectionNames.Waves);
        _plans.EnsureIndex(p => p.NextAt);
    }

    public WavePlan? Find(int missionNumber) => _plans.FindById(missionNumber);

    public void Save(WavePlan plan) => _plans.Upsert(plan);

    /// <summary>Running plans due at <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<WavePlan> Due(DateTime now) =>
        _plans.Find(p => p.NextAt != null && p.NextAt <= now).Where(p => p.IsRunning).OrderBy(p => p.NextAt).ToList();

    /// <summary>When the next running plan is due; null when none is.</summary>
    public DateTime? NextDueAt()
    {
        var times = _plans.Find(p => p.NextAt != null).Where(p => p.IsRunning).Select(p => p.NextAt!.Value.ToUniversalTime()).ToList();
        return times.Count == 0 ? null : times.Min();
    }
}
