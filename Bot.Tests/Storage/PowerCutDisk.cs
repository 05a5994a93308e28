using Microsoft.Win32.SafeHandles;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// The disk under the database files, as a power cut can leave it: what a file had at its last sync is there;
/// what was written since may or may not be, since the system writes changed pages back whenever it likes.
/// Every call also goes to the real file; <see cref="Changed"/> tells each change, right after it.
/// </summary>
internal sealed class PowerCutDisk
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, byte[]> _synced = [];
    private readonly HashSet<string> _changedSinceSync = [];

    /// <summary>A file was written (<see cref="Change.Write"/>) or cut (<see cref="Change.Cut"/>).</summary>
    public Action<string, Change>? Changed { get; set; }

    public enum Change
    {
        Write,
        Cut,
    }

    public IFileCalls For(string path) => new Calls(this, path);

    /// <summary>Directories synced, in order: the names of the files created in them before are on the disk.</summary>
    public IReadOnlyList<string> SyncedDirectories
    {
        get
        {
            lock (_gate)
            {
                return [.. _syncedDirectories];
            }
        }
    }

    private readonly List<string> _syncedDirectories = [];

    /// <summary>What the file held when it was last synced (nothing, if never).</summary>
    public byte[] Synced(string path)
    {
        lock (_gate)
        {
            return _synced.TryGetValue(path, out var bytes) ? bytes : [];
        }
    }

    public bool ChangedSinceSync(string path)
    {
        lock (_gate)
        {
            return _changedSinceSync.Contains(path);
        }
    }

    /// <summary>
    /// The file as it is now, over what it held at its last sync: the new writes on the disk, but not a cut made
    /// since (a shorter file then keeps the old bytes past its end).
    /// </summary>
    public byte[] CurrentOverSynced(string path)
    {
        var current = Current(path);
        var synced = Synced(path);
        if (synced.Length <= current.Length)
        {
            return current;
        }
        var bytes = (byte[])synced.Clone();
        current.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>What the file holds now, every write included.</summary>
    public static byte[] Current(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var bytes = new MemoryStream();
        file.CopyTo(bytes);
        return bytes.ToArray();
    }

    private void Record(string path, Change change)
    {
        lock (_gate)
        {
            _changedSinceSync.Add(path);
        }
        Changed?.Invoke(path, change);
    }

    private sealed class Calls(PowerCutDisk disk, string path) : IFileCalls
    {
        public void Write(SafeFileHandle file, ReadOnlySpan<byte> bytes, long position)
        {
            RandomAccess.Write(file, bytes, position);
            disk.Record(path, Change.Write);
        }

        public void Write(SafeFileHandle file, IReadOnlyList<ReadOnlyMemory<byte>> buffers, long position)
        {
            RandomAccess.Write(file, buffers, position);
            disk.Record(path, Change.Write);
        }

        public void SetLength(SafeFileHandle file, long length)
        {
            RandomAccess.SetLength(file, length);
            disk.Record(path, Change.Cut);
        }

        public void FlushToDisk(SafeFileHandle file)
        {
            // Taken before the sync: a write that lands while it runs may or may not be on the disk after it.
            lock (disk._gate)
            {
                disk._synced[path] = Current(path);
                disk._changedSinceSync.Remove(path);
            }
            RandomAccess.FlushToDisk(file);
        }

        public void FlushDirectoryToDisk(string directory)
        {
            DirectorySync.FlushToDisk(directory);
            lock (disk._gate)
            {
                disk._syncedDirectories.Add(directory);
            }
        }
    }
}
