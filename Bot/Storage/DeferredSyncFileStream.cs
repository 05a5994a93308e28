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
/// A checkpoint (LiteDB copying its log into the data file, then emptying the log) is the one moment that cannot
/// wait for the timer: were the data file's new pages on the disk before the log they come from, or the log emptied
/// on the disk before those pages were there, a power cut would leave a damaged database. So the data file syncs
/// the log before its pages go out, and syncs itself when LiteDB flushes it, which LiteDB does just before emptying
/// the log; and the emptied log is synced before it is written again (bench/RESULTS.md, item 41).
/// Every call takes one lock: LiteDB reads and writes from several threads, and the sync comes from a timer.
/// </summary>
internal sealed class DeferredSyncFileStream : Stream
{
    private const int PageSize = FilePageCache.PageSize;
    /// <summary>The most pages held back (8 MB): past that, they go to the system at once.</summary>
    private const int MaxHeldPages = 1024;

    private readonly Lock _gate = new();
    // Taken by each sync for its whole length: a sync that finds nothing left to write returns only once the one
    // that wrote it has reached the disk.
    private readonly Lock _syncGate = new();
    private readonly IFileCalls _calls;
    // Shared for reading, as LiteDB opens its own files (backups and checks may read it while the bot runs).
    private readonly SafeFileHandle _file;
    private readonly FilePageCache _cache;
    private readonly HeldPages _held = new();
    private readonly DeferredSyncFileStream? _writtenFirst;
    private long _position;
    private long _length;
    // True at first: what an earlier run left in the operating system's hands (a kill) is not known to be on the disk.
    private bool _dirty = true;
    private int _holding;
    private Exception? _failure;

    /// <param name="path">The file, created if missing.</param>
    /// <param name="cachedPages">How many pages to keep for reading again (0: none).</param>
    /// <param name="writtenFirst">
    /// The log, for the data file: the log reaches the disk before any page of this file goes out. A checkpoint
    /// runs inside the commit that fills the log, while that commit's log pages are held; were the data file's
    /// pages written first, a kill (or a power cut) before the log is emptied would leave a data file with a commit
    /// that the log does not have, and LiteDB would mix the two at the next start.
    /// </param>
    /// <param name="calls">The system calls that change the file (tests replace them).</param>
    public DeferredSyncFileStream(string path, int cachedPages = 0, DeferredSyncFileStream? writtenFirst = null, IFileCalls? calls = null)
    {
        _calls = calls ?? SystemFileCalls.Instance;
        _file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _cache = new FilePageCache(cachedPages);
        _writtenFirst = writtenFirst;
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
    /// <see cref="HoldFlushes"/> and <see cref="ReleaseFlushes"/>, the release does it. The data file's flush
    /// also syncs it: LiteDB flushes the data file at the end of a checkpoint, and empties its log right after.
    /// </summary>
    public override void Flush()
    {
        if (_writtenFirst is not null)
        {
            SyncToDisk();
            return;
        }
        lock (_gate)
        {
            ThrowIfFailed();
            if (_holding == 0)
            {
                SendHeld();
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

    /// <param name="send">False when the write failed: what it held goes with the next flush.</param>
    /// <exception cref="IOException">The held pages could not be written: the write did not reach the file.</exception>
    public void ReleaseFlushes(bool send = true)
    {
        lock (_gate)
        {
            if (_holding == 0)
            {
                throw new InvalidOperationException("Flushes released more often than held.");
            }
            if (--_holding == 0 && send)
            {
                ThrowIfFailed();
                SendHeld();
            }
        }
    }

    /// <summary>Returns once the disk keeps everything written before the call.</summary>
    public void SyncToDisk()
    {
        lock (_syncGate)
        {
            lock (_gate)
            {
                ThrowIfFailed();
                SendHeld();
                if (!_dirty)
                {
                    return;
                }
                _dirty = false;
            }
            // Outside the lock: an fsync can take milliseconds, and reads and writes must not wait for it (except the
            // log's during a checkpoint, under the data file's lock, while LiteDB lets nothing else in).
            try
            {
                _calls.FlushToDisk(_file);
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                // Linux marks the pages it could not write as clean: a later sync would succeed without them.
                lock (_gate)
                {
                    _dirty = true;
                    throw Failed(ex);
                }
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            if (_position % PageSize == 0 && (_held.TryRead(_position, buffer) || _cache.TryRead(_position, buffer)))
            {
                _position += buffer.Length;
                return buffer.Length;
            }
            // Rare (LiteDB reads what it holds or keeps), and the file must answer as if nothing were held.
            SendHeld();
            var read = RandomAccess.Read(_file, buffer, _position);
            _cache.Store(_position, buffer[..read]);
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
            ThrowIfFailed();
            if (value % PageSize != 0)
            {
                // A held page across the cut (LiteDB never cuts there): written first, then cut like the rest.
                SendHeld();
            }
            var shrinks = value < _length;
            try
            {
                _calls.SetLength(_file, value);
                if (shrinks)
                {
                    // The log emptied after a checkpoint: the cut must be on the disk before the next commit's
                    // pages, else a power cut could keep these over the old log's, whose transaction numbers
                    // LiteDB starts again, and replay old page versions over new ones.
                    _calls.FlushToDisk(_file);
                }
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                throw Failed(ex);
            }
            // Held pages past the cut are never written: LiteDB empties its log once a checkpoint copied it.
            _held.DropFrom(value);
            _cache.ForgetFrom(value);
            _length = value;
            _dirty = !shrinks || _held.Count > 0;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            var at = _position;
            _position += buffer.Length;
            _length = Math.Max(_length, _position);
            _dirty = true;
            if (at % PageSize == 0 && buffer.Length % PageSize == 0)
            {
                _cache.Store(at, buffer);
                for (var offset = 0; offset < buffer.Length; offset += PageSize)
                {
                    _held.Hold(at + offset, buffer.Slice(offset, PageSize));
                }
                if (_held.Count >= MaxHeldPages)
                {
                    SendHeld();
                }
                return;
            }
            // Part of a page (LiteDB never does it): in the file at once, after what was held before it.
            _cache.Forget(at, buffer.Length);
            SendHeld();
            try
            {
                _calls.Write(_file, buffer, at);
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                throw Failed(ex);
            }
        }
    }

    /// <summary>Writes the held pages, once the log is on the disk; called under the lock.</summary>
    private void SendHeld()
    {
        if (_held.Count == 0)
        {
            return;
        }
        // The data file's pages go out at a checkpoint (or past MaxHeldPages; or at a sync, with nothing held
        // then): the log is synced first, once for all the commits since the timer's last sync.
        _writtenFirst?.SyncToDisk();
        try
        {
            _held.WriteTo(_file, _calls);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw Failed(ex);
        }
    }

    /// <summary>
    /// A write that fails leaves the file behind what LiteDB believes it holds: from then on every call fails,
    /// as LiteDB's own file does (it closes the database on an I/O error), and the bot must be restarted.
    /// </summary>
    private static bool IsWriteFailure(Exception ex) => ex is IOException or UnauthorizedAccessException;

    /// <summary>Remembers the failure; what to throw is always an <see cref="IOException"/>, which LiteDB treats as fatal.</summary>
    private IOException Failed(Exception ex)
    {
        _failure = ex;
        return ex as IOException ?? new IOException("A write to the database file was refused.", ex);
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new IOException("An earlier write to this database file failed; restart the bot.", _failure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                if (_failure is null)
                {
                    SyncToDisk();
                }
            }
            catch (IOException)
            {
                // Reported by the call that failed first (or the log's, for the data file): closing goes on.
            }
            finally
            {
                _file.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
