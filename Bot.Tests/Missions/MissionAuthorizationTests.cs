using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;

namespace MissionBot.Tests.Missions;

/// <summary>Only a mission's owner, or a coordinator named in the configuration, may act on it.</summary>
public sealed class MissionAuthorizationTests
{
    private static readonly Mission AlicesMission = new() { Number = 1, OwnerId = "id-alice", OwnerUsername = "alice" };

    private static readonly MissionAuthorization Authorization = new(Options.Create(new MissionsOptions
    {
        Coordinators = ["@Coralie", " marc ", ""],
    }));

    public static IEnumerable<TestCaseData> People()
    {
        yield return new TestCaseData(new ChatUser("id-alice", "alice"), true).SetName("Owner_MayAct");
        yield return new TestCaseData(new ChatUser("id-alice", "renamed-alice"), true).SetName("Owner_AfterARename_MayStillAct");
        yield return new TestCaseData(new ChatUser("id-bob", "bob"), false).SetName("SomeoneElse_IsRefused");
        yield return new TestCaseData(new ChatUser("id-bob", "alice"), false).SetName("AnotherAccountNamedLikeTheOwner_IsRefused");
        yield return new TestCaseData(new ChatUser("id-coralie", "coralie"), true).SetName("Coordinator_ListedWithAnAtAndCapitals_MayAct");
        yield return new TestCaseData(new ChatUser("id-marc", "Marc"), true).SetName("Coordinator_ListedWithSpaces_MayAct");
        yield return new TestCaseData(new ChatUser("id-x", "coralie2"), false).SetName("NameThatOnlyStartsLikeACoordinator_IsRefused");
        yield return new TestCaseData(new ChatUser("id-x", "córalie"), false).SetName("NameThatOnlyFoldsToACoordinator_IsRefused");
        yield return new TestCaseData(new ChatUser("id-x", ""), false).SetName("EmptyUsername_DoesNotMatchAnEmptyCoordinatorLine");
        yield return new TestCaseData(new ChatUser("", "nobody"), false).SetName("EmptyId_IsNotTheOwner");
    }

    [TestCaseSource(nameof(People))]
    public void IsOwnerOrCoordinator(ChatUser user, bool allowed) =>
        Assert.That(Authorization.IsOwnerOrCoordinator(AlicesMission, user), Is.EqualTo(allowed));

    [Test]
    public void MissionWithoutOwner_BelongsToNobody()
    {
        var orphan = new Mission { Number = 2, OwnerId = "" };

        Assert.That(Authorization.IsOwner(orphan, new ChatUser("", "")), Is.False);
    }

    [Test]
    public void WithNoCoordinatorsConfigured_OnlyTheOwnerMayAct()
    {
        var ownerOnly = new MissionAuthorization(Options.Create(new MissionsOptions()));

        Assert.Multiple(() =>
        {
            Assert.That(ownerOnly.IsOwnerOrCoordinator(AlicesMission, new ChatUser("id-alice", "alice")), Is.True);
            Assert.That(ownerOnly.IsOwnerOrCoordinator(AlicesMission, new ChatUser("id-coralie", "coralie")), Is.False);
        });
    }
}
