using Microsoft.Win32.SafeHandles;

namespace MissionBot.Storage;

/// <summary>
/// The system calls that change a database file, in one place, so that a test can put behind them a disk that
/// loses power between any two (Bot.Tests/Storage/PowerCutTests.cs): what reached the disk is what was synced.
/// </summary>
internal interface IFileCalls
{
    void Write(SafeFileHandle file, ReadOnlySpan<byte> bytes, long position);

    void Write(SafeFileHandle file, IReadOnlyList<ReadOnlyMemory<byte>> buffers, long position);

    void SetLength(SafeFileHandle file, long length);

    /// <summary>Returns once the disk keeps everything written to <paramref name="file"/> (fsync).</summary>
    void FlushToDisk(SafeFileHandle file);

    /// <summary>Returns once the disk keeps the names of the files in <paramref name="directory"/> (fsync on it).</summary>
    void FlushDirectoryToDisk(string directory);
}

/// <summary>The operating system's calls.</summary>
internal sealed class SystemFileCalls : IFileCalls
{
    public static readonly SystemFileCalls Instance = new();

    private SystemFileCalls()
    {
    }

    public void Write(SafeFileHandle file, ReadOnlySpan<byte> bytes, long position) => RandomAccess.Write(file, bytes, position);

    public void Write(SafeFileHandle file, IReadOnlyList<ReadOnlyMemory<byte>> buffers, long position) => RandomAccess.Write(file, buffers, position);

    public void SetLength(SafeFileHandle file, long length) => RandomAccess.SetLength(file, length);

    public void FlushToDisk(SafeFileHandle file) => RandomAccess.FlushToDisk(file);

    public void FlushDirectoryToDisk(string directory) => DirectorySync.FlushToDisk(directory);
}
