using LiteDB;
using MissionBot.Interpellation;

namespace MissionBot.Storage;

/// <summary>Every private solicitation (collection "pings"): caps, rotation and "/mission me" read it.</summary>
public sealed class PingRepository
{
    private readonly ILiteCollection<PingRecord> _pings;

    public PingRepository(BotDatabase db)
    {
        _pings = db.Collection<PingRecord>(CollectionNames.Pings);
        _pings.EnsureIndex(p => p.PersonId);
        _pings.EnsureIndex(p => p.MissionNumber);
    }

    public void Insert(PingRecord ping) => _pings.Insert(ping);

    public void Delete(int id) => _pings.Delete(id);

    public IReadOnlyList<PingRecord> ForPerson(string personId, DateTime since) =>
        _pings.Find(p => p.PersonId == personId).Where(p => p.At.ToUniversalTime() >= since).OrderByDescending(p => p.At).ToList();

    /// <summary>Pings in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<PingRecord> Between(DateTime from, DateTime to) =>
        _pings.Find(p => p.At >= from && p.At < to).ToList();

    public int DeleteForPerson(string personId) => _pings.DeleteMany(p => p.PersonId == personId);

    public IReadOnlyList<PingRecord> ForMission(int missionNumber) =>
        _pings.Find(p => p.MissionNumber == missionNumber).ToList();

    public IEnumerable<PingRecord> All() => _pings.FindAll();
}
