using System.Diagnostics;

namespace MissionBot.LoadDriver;

/// <summary>
/// Fires work at a fixed rate whatever the answers do (open loop): a slow bot gets queued requests, as it
/// would from real users, instead of a driver that politely waits and hides the queueing delay.
/// </summary>
public static class OpenLoop
{
    public static async Task<List<Task>> FireAsync(int rate, TimeSpan duration, Func<int, Task> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var total = (int)(rate * duration.TotalSeconds);
        var started = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        var sent = 0;
        while (sent < total)
        {
            var due = Math.Min(total, (int)(started.Elapsed.TotalSeconds * rate) + 1);
            while (sent < due)
            {
                var index = sent++;
                tasks.Add(Task.Run(() => send(index)));
            }
            await Task.Delay(1);
        }
        return tasks;
    }
}
