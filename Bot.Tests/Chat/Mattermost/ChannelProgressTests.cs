using MissionBot.Chat.Mattermost;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>Posts handled side by side: the watermark never passes a post still being handled.</summary>
public sealed class ChannelProgressTests
{
    [Test]
    public void LaterPostDoneFirst_WatermarkStaysBelowTheEarlierOneStillInFlight()
    {
        var progress = new ChannelProgress();
        progress.Admit("a", 100);
        progress.Admit("b", 200);

        var afterB = progress.Done("b", 200);
        var afterA = progress.Done("a", 100);

        Assert.Multiple(() =>
        {
            Assert.That(afterB, Is.EqualTo(99), "a (100) is still being handled");
            Assert.That(afterA, Is.EqualTo(200), "both done: up to the newest");
        });
    }

    [Test]
    public void PostAdmittedTwice_CountsOnce()
    {
        var progress = new ChannelProgress();

        Assert.Multiple(() =>
        {
            Assert.That(progress.Admit("a", 100), Is.True);
            Assert.That(progress.Admit("a", 100), Is.False);
            Assert.That(progress.Done("a", 100), Is.EqualTo(100));
        });
    }
}
