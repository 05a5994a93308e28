namespace MissionBot.Tests.Fakes;

/// <summary>Waits on a condition, never on time: re-checked every few milliseconds, failing the test after 10 s.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("timed out");
            }
            await Task.Delay(5);
        }
    }
}
