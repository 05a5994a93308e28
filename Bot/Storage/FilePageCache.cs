namespace MissionBot.Storage;

/// <summary>
/// Copies of up to a fixed number of a file's pages, so that reading one again costs no system call. Which page
/// goes when it is full: the "clock" rule, a page read or written since the hand last passed is kept one more
/// turn. Not thread-safe: <see cref="DeferredSyncFileStream"/> calls it under its lock.
/// </summary>
internal sealed class FilePageCache
{
    /// <summary>LiteDB's page size: it reads and writes its files a whole page at a time.</summary>
    public const int PageSize = 8192;

    private readonly byte[] _pages;
    private readonly long[] _positionOf;
    private readonly bool[] _recentlyUsed;
    private readonly Dictionary<long, int> _slotOf;
    private int _used;
    private int _hand;

    public FilePageCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        // One block, never zeroed: the system gives it memory page by page, as slots fill.
        _pages = GC.AllocateUninitializedArray<byte>(capacity * PageSize);
        _positionOf = new long[capacity];
        _recentlyUsed = new bool[capacity];
        _slotOf = new Dictionary<long, int>(capacity);
    }

    public int Capacity { get; }

    /// <summary>True, with the page copied into <paramref name="page"/>, when the page at this position is held.</summary>
    public bool TryRead(long position, Span<byte> page)
    {
        if (page.Length != PageSize || !_slotOf.TryGetValue(position, out var slot))
        {
            return false;
        }
        _recentlyUsed[slot] = true;
        Slot(slot).CopyTo(page);
        return true;
    }

    /// <summary>
    /// Keeps the pages of <paramref name="bytes"/>, read or written at <paramref name="position"/>, when they are
    /// whole pages (LiteDB's reads and writes always are); anything else is not kept.
    /// </summary>
    public void Store(long position, ReadOnlySpan<byte> bytes)
    {
        if (Capacity == 0 || position % PageSize != 0 || bytes.Length % PageSize != 0)
        {
            return;
        }
        for (var offset = 0; offset < bytes.Length; offset += PageSize)
        {
            var at = position + offset;
            if (!_slotOf.TryGetValue(at, out var slot))
            {
                slot = FreeSlot();
                _slotOf[at] = slot;
                _positionOf[slot] = at;
            }
            _recentlyUsed[slot] = true;
            bytes.Slice(offset, PageSize).CopyTo(Slot(slot));
        }
    }

    /// <summary>Part of a page was written (LiteDB never does it): the copies it touches are no longer the file's.</summary>
    public void Forget(long position, int count)
    {
        for (var at = position / PageSize * PageSize; at < position + count; at += PageSize)
        {
            Drop(at);
        }
    }

    /// <summary>The file was cut to <paramref name="length"/> bytes: the pages past it are gone.</summary>
    public void ForgetFrom(long length)
    {
        if (length == 0)
        {
            // LiteDB empties its log at every checkpoint: start again with every slot free.
            _slotOf.Clear();
            _used = 0;
            _hand = 0;
            return;
        }
        foreach (var at in _slotOf.Keys.Where(at => at + PageSize > length).ToList())
        {
            Drop(at);
        }
    }

    private void Drop(long position)
    {
        if (_slotOf.Remove(position, out var slot))
        {
            _positionOf[slot] = -1;
            _recentlyUsed[slot] = false;
        }
    }

    private int FreeSlot()
    {
        if (_used < Capacity)
        {
            return _used++;
        }
        while (true)
        {
            var slot = _hand;
            _hand = (_hand + 1) % Capacity;
            if (_positionOf[slot] < 0)
            {
                return slot;
            }
            if (_recentlyUsed[slot])
            {
                _recentlyUsed[slot] = false;
                continue;
            }
            _slotOf.Remove(_positionOf[slot]);
            return slot;
        }
    }

    private Span<byte> Slot(int slot) => _pages.AsSpan(slot * PageSize, PageSize);
}
