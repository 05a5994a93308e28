using Microsoft.Extensions.Options;
using MissionBot.Hosting;

namespace MissionBot.Storage;

/// <summary>
/// Rewrites the database file so that erased data is really gone: LiteDB keeps deleted documents in free pages
/// until they are reused, and its rebuild leaves a "-backup" copy of the old file, which is deleted here too.
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
            // The rebuild's pages go through the log file first: the rebuild also copies them into the data file
            // and empties the log, which would otherwise keep the old pages until the next automatic checkpoint.
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
