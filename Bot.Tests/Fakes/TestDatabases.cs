namespace MissionBot.Tests.Fakes;

/// <summary>
/// Where tests put their LiteDB files: in memory-backed /dev/shm when the machine has it, since LiteDB flushes
/// every commit to disk (about 10 ms each on a plain disk, which made the end-to-end tests crawl), else in
/// the temp folder.
/// </summary>
public static class TestDatabases
{
    private const string SharedMemory = "/dev/shm";

    public static string Folder { get; } = Directory.Exists(SharedMemory) && !OperatingSystem.IsWindows() ? SharedMemory : Path.GetTempPath();

    /// <summary>A new, not yet existing database path.</summary>
    public static string NewPath(string prefix) => Path.Combine(Folder, $"{prefix}-{Guid.NewGuid():N}.db");

    /// <summary>
    /// A new database path whose files are deleted at the end of the <c>using</c> scope. Declare it before the
    /// database that uses it, so that the database is closed first.
    /// </summary>
    public static TemporaryDatabase Temporary(string prefix) => new(NewPath(prefix));

    /// <summary>Deletes a database and its LiteDB log file.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
    }
}

/// <summary>A database path for one test; its files go when disposed.</summary>
public sealed class TemporaryDatabase(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => TestDatabases.Delete(Path);
}
