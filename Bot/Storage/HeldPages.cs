using Microsoft.Win32.SafeHandles;

namespace MissionBot.Storage;

/// <summary>
/// Whole pages written to a file but not yet handed to the operating system: the latest version of each, sent
/// in position order, one system call per run of neighbouring pages. Not thread-safe:
/// <see cref="DeferredSyncFileStream"/> calls it under its lock.
/// </summary>
internal sealed class HeldPages
{
    private const int PageSize = FilePageCache.PageSize;
    // Linux takes at most 1,024 buffers in one vectored write.
    private const int MaxPagesPerCall = 512;

    private readonly Dictionary<long, byte[]> _pages = [];
    private readonly List<long> _order = [];
    private readonly List<ReadOnlyMemory<byte>> _run = [];
    // Page copies to reuse: a checkpoint holds a few hundred at once, more than the shared array pool keeps. No
    // more than a checkpoint's worth is kept: a larger write (a catch-up's) would otherwise stay in memory for good.
    private const int MaxSpareCopies = BotDatabase.CheckpointPages + 64;
    private readonly Stack<byte[]> _spare = [];

    public int Count => _pages.Count;

    /// <summary>The page starting at <paramref name="position"/>, replacing an older version held.</summary>
    public void Hold(long position, ReadOnlySpan<byte> page)
    {
        if (!_pages.TryGetValue(position, out var copy))
        {
            copy = _spare.TryPop(out var spare) ? spare : new byte[PageSize];
            _pages[position] = copy;
        }
        page.CopyTo(copy);
    }

    public bool TryRead(long position, Span<byte> page)
    {
        if (page.Length != PageSize || !_pages.TryGetValue(position, out var copy))
        {
            return false;
        }
        copy.AsSpan(0, PageSize).CopyTo(page);
        return true;
    }

    /// <summary>Forgets the pages at or past <paramref name="length"/> (a page boundary): the file was cut there.</summary>
    public void DropFrom(long length)
    {
        if (length == 0)
        {
            Forget();
            return;
        }
        foreach (var at in _pages.Keys.Where(at => at >= length).ToList())
        {
            Spare(_pages[at]);
            _pages.Remove(at);
        }
    }

    /// <summary>Writes every held page into <paramref name="file"/> and forgets them.</summary>
    public void WriteTo(SafeFileHandle file, IFileCalls calls)
    {
        if (_pages.Count == 0)
        {
            return;
        }
        _run.Clear();
        _order.Clear();
        _order.AddRange(_pages.Keys);
        _order.Sort();
        var runStart = _order[0];
        foreach (var at in _order)
        {
            if (at != runStart + (long)_run.Count * PageSize || _run.Count == MaxPagesPerCall)
            {
                WriteRun(file, calls, runStart);
                runStart = at;
            }
            _run.Add(_pages[at].AsMemory(0, PageSize));
        }
        WriteRun(file, calls, runStart);
        Forget();
    }

    private void Forget()
    {
        foreach (var copy in _pages.Values)
        {
            Spare(copy);
        }
        _pages.Clear();
    }

    private void Spare(byte[] copy)
    {
        if (_spare.Count < MaxSpareCopies)
        {
            _spare.Push(copy);
        }
    }

    private void WriteRun(SafeFileHandle file, IFileCalls calls, long position)
    {
        if (_run.Count == 1)
        {
            calls.Write(file, _run[0].Span, position);
        }
        else if (_run.Count > 1)
        {
            calls.Write(file, _run, position);
        }
        _run.Clear();
    }
}
