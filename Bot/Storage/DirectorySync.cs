using System.Runtime.InteropServices;

namespace MissionBot.Storage;

/// <summary>
/// Makes a directory's entries durable (fsync on the directory). A new file's name lives in its directory: until
/// that is on the disk, a power cut can lose the whole file, however often the file itself was synced. .NET does
/// not open directories, hence the two libc calls. Nothing to do on Windows, whose file system journals names.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void FlushToDisk(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        // O_DIRECTORY differs between Linux and macOS; a plain read-only open of a directory is enough for fsync.
        // The path as the NUL-terminated UTF-8 bytes libc expects.
        var handle = Open([.. System.Text.Encoding.UTF8.GetBytes(directory), 0], ReadOnly);
        if (handle < 0)
        {
            throw new IOException($"Cannot open directory {directory} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (FSync(handle) != 0)
            {
                throw new IOException($"Cannot sync directory {directory} (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(handle);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FSync(int handle);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int handle);
}
