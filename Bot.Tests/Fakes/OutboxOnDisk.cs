using MissionBot.Storage;

namespace MissionBot.Tests.Fakes;

/// <summary>An outbox over a database in a temporary file, closed and deleted together.</summary>
public sealed class OutboxOnDisk : IDisposable
{
    private readonly TemporaryDatabase _file;

    public OutboxOnDisk(string name)
    {
        _file = TestDatabases.Temporary(name);
        Database = new BotDatabase(_file.Path);
        Outbox = new OutboxRepository(Database);
    }

    public BotDatabase Database { get; }

    public OutboxRepository Outbox { get; }

    public void Dispose()
    {
        Outbox.Dispose();
        Database.Dispose();
        _file.Dispose();
    }
}
