namespace MissionBot.Storage;

/// <summary>
/// Runs a batched write from a timer. An exception on a timer thread would end the process, so none escapes:
/// what the write was to save stays in memory and goes with the next one.
/// </summary>
internal static class TimerWrite
{
    public static void Quietly(Action write, ILogger? logger, string what)
    {
        try
        {
            write();
        }
        catch (ObjectDisposedException)
        {
            // Stopping: the database closed meanwhile.
        }
        catch (Exception ex)
        {
            logger?.LogError(ex, "{What} could not be written; kept for the next write", what);
        }
    }
}
