using MissionBot.Chat.RocketChat;

namespace MissionBot.Tests.Chat.RocketChat;

public sealed class RocketChatCommandReaderTests
{
    private static readonly TestCaseData[] Messages =
    [
        new TestCaseData("!mission list", true, "list").SetName("Prefix_GivesTheRest"),
        new TestCaseData("  !Mission  join 12 ", true, "join 12").SetName("Prefix_IgnoresCaseAndSpaces"),
        new TestCaseData("!mission", true, "").SetName("PrefixAlone_IsHelp"),
        new TestCaseData("!missions list", true, null).SetName("PrefixMustBeAWord"),
        new TestCaseData("je suis partant", true, null).SetName("OrdinaryText_IsNoCommand"),
        new TestCaseData("@missionbot new Affiche", true, "new Affiche").SetName("Mention_GivesTheRest"),
        new TestCaseData("@MissionBot: list", true, "list").SetName("Mention_WithColon"),
        new TestCaseData("@missionbot !mission list", true, "list").SetName("MentionThenPrefix"),
        new TestCaseData("@missionbot", true, "").SetName("MentionAlone_IsHelp"),
        new TestCaseData("@missionbotte list", true, null).SetName("AnotherUsername_IsNoMention"),
        new TestCaseData("salut @missionbot list", true, null).SetName("MentionInTheMiddle_IsNoCommand"),
        new TestCaseData("@missionbot je suis partant", false, null).SetName("Mention_WhereNotAllowed_IsNoCommand"),
        new TestCaseData("!mission join 3", false, "join 3").SetName("Prefix_WorksEvenWhereMentionsDoNot"),
    ];

    [TestCaseSource(nameof(Messages))]
    public void CommandText(string text, bool allowMention, string? expected) =>
        Assert.That(RocketChatCommandReader.CommandText(text, "!mission", "missionbot", allowMention), Is.EqualTo(expected));

    [Test]
    public void CommandText_WithAnotherPrefix_ReadsThatOne()
    {
        Assert.That(RocketChatCommandReader.CommandText("!mb list", "!mb", "missionbot", allowMention: true), Is.EqualTo("list"));
        Assert.That(RocketChatCommandReader.CommandText("!mission list", "!mb", "missionbot", allowMention: true), Is.Null);
    }
}
