using Microsoft.Extensions.Options;
using MissionBot.Hosting;

namespace MissionBot.Storage;

/// <summary>
/// Makes sure erased data is gone from the database files: LiteDB zeroes deleted blocks, but its log file keeps
/// recent pages until a checkpoint, and its rebuild (where it can do one) leaves a "-backup" copy of the old
/// file, which is deleted here too.
/// </summary>
public sealed class DatabaseMaintenance(BotDatabase db, IOptions<StorageOptions> storage, ILogger<DatabaseMaintenance> logger)
{
    private readonly Lock _gate = new();

    public void Compact()
    {
        var path = storage.Value.Path;
        if (path.Contains(":memory:", StringComparison.Ordinal))
        {
            return;
        }
        lock (_gate)
        {
            // The log file keeps recent pages, old ones included, until a checkpoint copies it into the data file
            // and empties it: done now, with the rebuild where LiteDB can do one (see BotDatabase.Rebuild).
            db.Rebuild();
            var full = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(full)!;
            var pattern = $"{Path.GetFileNameWithoutExtension(full)}-backup*{Path.GetExtension(full)}";
            foreach (var backup in Directory.EnumerateFiles(directory, pattern))
            {
                File.Delete(backup);
            }
        }
        logger.LogInformation("Database rebuilt: erased data no longer in the file");
    }
}
