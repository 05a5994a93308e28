using Microsoft.Extensions.Options;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// Mattermost waits about 3 s for a command, click or form answer. Work that takes longer is answered with
/// "working on it" at once and finished in the background, its result delivered another way.
/// </summary>
public sealed class ReplyBudget(IOptions<MattermostOptions> options, TimeProvider clock, ILogger<ReplyBudget> logger)
{
    /// <summary>
    /// True when <paramref name="work"/> finished (well or badly) within the budget. A budget of 0 means
    /// "always answer at once", even when the work happens to be done already.
    /// </summary>
    public async Task<bool> FinishesInTimeAsync(Task work)
    {
        var budget = TimeSpan.FromMilliseconds(options.Value.ReplyBudgetMilliseconds);
        if (budget <= TimeSpan.Zero)
        {
            return false;
        }
        if (work.IsCompleted)
        {
            return true;
        }
        using var timeout = new CancellationTokenSource();
        var winner = await Task.WhenAny(work, Task.Delay(budget, clock, timeout.Token));
        await timeout.CancelAsync();
        return winner == work;
    }

    /// <summary>Lets <paramref name="work"/> finish in the background and hands its result to <paramref name="deliver"/>.</summary>
    public void FinishLater<T>(Task<T> work, Func<T, Task> deliver, string what) =>
        InBackground(async () => await deliver(await work), what);

    /// <summary>Runs <paramref name="send"/> after the HTTP answer has gone; a failure is logged, never lost silently.</summary>
    public void InBackground(Func<Task> send, string what)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await send();
                logger.LogInformation("{What} delivered after the HTTP answer", what);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{What} could not be delivered", what);
            }
        });
    }
}
