using Microsoft.Win32.SafeHandles;

namespace MissionBot.Storage;

/// <summary>
/// A database file whose writes reach the operating system when LiteDB flushes them, but the disk itself on a
/// timer. LiteDB asks the disk to sync (fsync) at every commit when it owns the file; a volunteer's reply makes
/// several commits, and at a few milliseconds each the bot could not keep up with a busy channel. Through this
/// stream LiteDB's flush only hands the bytes to the operating system, which keeps them if the bot crashes or is
/// killed; <see cref="SyncToDisk"/> (called every second by <see cref="BotDatabase"/>) covers a power cut, after
/// which the bot catches up from the chat server what the last second held.
/// System calls were most of a reply's storage work in a profile (bench/RESULTS.md, item 40), so:
/// <list type="bullet">
/// <item>Whole pages are held until LiteDB's flush (<see cref="HeldPages"/>), then sent in position order, one
/// call per run of neighbouring pages, each page once in its latest version. LiteDB flushes its data file at the
/// end of each checkpoint, before it empties the log; and its log after every page, which
/// <see cref="HoldFlushes"/> puts off to the end of the write.</item>
/// <item>The last pages read or written are kept (<see cref="FilePageCache"/>): a checkpoint reads back every page
/// of the log it copies, and then LiteDB, whose own cache the checkpoint empties, reads its pages again.</item>
/// </list>
/// Every call takes one lock: LiteDB reads and writes from several threads, and the sync comes from a timer.
/// </summary>
internal sealed class DeferredSyncFileStream : Stream
{
    private const int PageSize = FilePageCache.PageSize;
    /// <summary>The most pages held back (8 MB): past that, they go to the system at once.</summary>
    private const int MaxHeldPages = 1024;

    private readonly Lock _gate = new();
    // Shared for reading, as LiteDB opens its own files (backups and checks may read it while the bot runs).
    private readonly SafeFileHandle _file;
    private readonly FilePageCache _cache;
    private readonly HeldPages _held = new();
    private long _position;
    private long _length;
    private bool _dirty;
    private int _holding;

    /// <param name="path">The file, created if missing.</param>
    /// <param name="cachedPages">How many pages to keep for reading again (0: none).</param>
    public DeferredSyncFileStream(string path, int cachedPages = 0)
    {
        _file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _cache = new FilePageCache(cachedPages);
        _length = RandomAccess.GetLength(_file);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length
    {
        get
        {
            lock (_gate)
            {
                return _length;
            }
        }
    }

    public override long Position
    {
        get
        {
            lock (_gate)
            {
                return _position;
            }
        }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (_gate)
            {
                _position = value;
            }
        }
    }

    /// <summary>
    /// Hands what was written to the operating system: from then on a crash or a kill keeps it. Between
    /// <see cref="HoldFlushes"/> and <see cref="ReleaseFlushes"/>, the release does it.
    /// </summary>
    public override void Flush()
    {
        lock (_gate)
        {
            if (_holding == 0)
            {
                _held.WriteTo(_file);
            }
        }
    }

    /// <summary>
    /// Until the matching <see cref="ReleaseFlushes"/>, LiteDB's flushes keep the bytes back. LiteDB writes its log
    /// a page at a time and flushes after each one (its writer runs on the committing thread); held for the
    /// length of one write, the commit's pages go to the system in one call, before the write returns.
    /// </summary>
    public void HoldFlushes()
    {
        lock (_gate)
        {
            _holding++;
        }
    }

    public void ReleaseFlushes()
    {
        lock (_gate)
        {
            if (--_holding == 0)
            {
                _held.WriteTo(_file);
            }
        }
    }

    /// <summary>Asks the disk to keep what was written since the last sync.</summary>
    public void SyncToDisk()
    {
        lock (_gate)
        {
            _held.WriteTo(_file);
            if (!_dirty)
            {
                return;
            }
            _dirty = false;
        }
        // Outside the lock: an fsync can take tens of milliseconds, and reads and writes must not wait for it.
        RandomAccess.FlushToDisk(_file);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            if (_position % PageSize == 0 && (_held.TryRead(_position, buffer) || _cache.TryRead(_position, buffer)))
            {
                _position += buffer.Length;
                return buffer.Length;
            }
            if (_held.Overlaps(_position, buffer.Length))
            {
                _held.WriteTo(_file);
            }
            var read = RandomAccess.Read(_file, buffer, _position);
            _cache.Store(_position, buffer[..(read / PageSize * PageSize)]);
            _position += read;
            return read;
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        lock (_gate)
        {
            var position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => _length + offset,
            };
            ArgumentOutOfRangeException.ThrowIfNegative(position, nameof(offset));
            _position = position;
            return position;
        }
    }

    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        lock (_gate)
        {
            // Pages past the cut are not worth writing (LiteDB empties its log once a checkpoint copied it).
            _held.DropFrom(value);
            _held.WriteTo(_file);
            RandomAccess.SetLength(_file, value);
            _cache.ForgetFrom(value);
            _length = value;
            _dirty = true;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            if (_position % PageSize == 0 && buffer.Length % PageSize == 0)
            {
                for (var offset = 0; offset < buffer.Length; offset += PageSize)
                {
                    _held.Hold(_position + offset, buffer.Slice(offset, PageSize));
                }
                if (_held.Count >= MaxHeldPages)
                {
                    _held.WriteTo(_file);
                }
            }
            else
            {
                // Part of a page (LiteDB never does it): in the file at once, after what was held before it.
                _held.WriteTo(_file);
                RandomAccess.Write(_file, buffer, _position);
            }
            _cache.Store(_position, buffer);
            _position += buffer.Length;
            _length = Math.Max(_length, _position);
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
