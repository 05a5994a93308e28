namespace MissionBot.Storage;

/// <summary>
/// A database file whose writes reach the operating system at once but the disk itself on a timer. LiteDB
/// asks the disk to sync (fsync) at every commit when it owns the file; a volunteer's reply makes about ten
/// commits, and at a few milliseconds each the bot could not keep up with a busy channel. Through this stream
/// LiteDB's flush only hands the bytes to the operating system, which keeps them if the bot crashes or is
/// killed; <see cref="SyncToDisk"/> (called every second by <see cref="BotDatabase"/>) covers a power cut,
/// after which the bot catches up from the chat server what the last second held.
/// Every call takes one lock: LiteDB reads and writes from several threads, and the sync comes from a timer.
/// </summary>
internal sealed class DeferredSyncFileStream(string path) : Stream
{
    private readonly Lock _gate = new();
    // Shared for reading, as LiteDB opens its own files (backups and checks may read it while the bot runs).
    // No user-space buffer: a write is in the operating system's hands when it returns.
    private readonly FileStream _file = new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
    private bool _dirty;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length
    {
        get
        {
            lock (_gate)
            {
                return _file.Length;
            }
        }
    }

    public override long Position
    {
        get
        {
            lock (_gate)
            {
                return _file.Position;
            }
        }
        set
        {
            lock (_gate)
            {
                _file.Position = value;
            }
        }
    }

    /// <summary>Bytes already handed to the operating system: nothing to do until the next sync.</summary>
    public override void Flush()
    {
    }

    /// <summary>Asks the disk to keep what was written since the last sync.</summary>
    public void SyncToDisk()
    {
        lock (_gate)
        {
            if (!_dirty)
            {
                return;
            }
            _dirty = false;
        }
        // Outside the lock: an fsync can take tens of milliseconds, and reads and writes must not wait for it.
        // Without a user-space buffer (bufferSize 0) this only asks the system to sync the file; it touches no
        // state that a concurrent read or write uses.
        _file.Flush(flushToDisk: true);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            return _file.Read(buffer, offset, count);
        }
    }

    public override int Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            return _file.Read(buffer);
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        lock (_gate)
        {
            return _file.Seek(offset, origin);
        }
    }

    public override void SetLength(long value)
    {
        lock (_gate)
        {
            _file.SetLength(value);
            _dirty = true;
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            _file.Write(buffer, offset, count);
            _dirty = true;
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            _file.Write(buffer);
            _dirty = true;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SyncToDisk();
            _file.Dispose();
        }
        base.Dispose(disposing);
    }
}
