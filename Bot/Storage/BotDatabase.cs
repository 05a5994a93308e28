using LiteDB;
using MissionBot.Missions;
using MissionBot.People;

namespace MissionBot.Storage;

/// <summary>
/// The single LiteDB file. One shared instance per process: LiteDB's direct mode is thread-safe
/// and takes an exclusive lock on the file, so two bots can never write the same database.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _db;

    public BotDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        CreateOwnerOnly(path);
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper());
        Missions = _db.GetCollection<Mission>("missions");
        Candidacies = _db.GetCollection<Candidacy>("candidacies");
        People = _db.GetCollection<Person>("people");
        EnsureIndexes();
    }

    public ILiteCollection<Mission> Missions { get; }

    public ILiteCollection<Candidacy> Candidacies { get; }

    public ILiteCollection<Person> People { get; }

    /// <summary>The raw database, for features that keep their own collections.</summary>
    public LiteDatabase Raw => _db;

    public void Dispose() => _db.Dispose();

    private void EnsureIndexes()
    {
        Missions.EnsureIndex(m => m.AnnouncementPostId);
        Missions.EnsureIndex(m => m.Status);
        Candidacies.EnsureIndex(c => c.Key, unique: true);
        Candidacies.EnsureIndex(c => c.MissionNumber);
        Candidacies.EnsureIndex(c => c.PersonId);
        People.EnsureIndex(p => p.Username);
    }

    private static BsonMapper CreateMapper()
    {
        // LiteDB turns "" into null by default: every non-nullable string property ("Place", "AnnouncementPostId")
        // would come back null and break the code that reads it.
        var mapper = new BsonMapper { EmptyStringToNull = false };
        mapper.Entity<Mission>().Id(m => m.Number, autoId: true).Ignore(m => m.IsOpen);
        mapper.Entity<Candidacy>().Id(c => c.Key, autoId: false);
        mapper.Entity<Person>().Id(p => p.Id, autoId: false);
        return mapper;
    }

    /// <summary>The database holds personal data: create it readable by the bot's user only.</summary>
    private static void CreateOwnerOnly(string path)
    {
        if (path.Contains(":memory:", StringComparison.Ordinal) || File.Exists(path))
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var _ = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}
