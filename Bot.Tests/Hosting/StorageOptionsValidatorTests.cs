using MissionBot.Hosting;

namespace MissionBot.Tests.Hosting;

public sealed class StorageOptionsValidatorTests
{
    [Test]
    public void Defaults_AreValid()
    {
        Assert.That(new StorageOptionsValidator().Validate(null, new StorageOptions()).Succeeded, Is.True);
    }

    [TestCase(1)]
    [TestCase(0)]
    [TestCase(5000)]
    public void RetentionOutOfRange_IsRefused_NamingTheVariableAndTheRange(int days)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { KeepDeliveryRecordsDays = days });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("MISSIONBOT_Storage__KeepDeliveryRecordsDays").And.Contain("2 to 3650"));
        });
    }
}
