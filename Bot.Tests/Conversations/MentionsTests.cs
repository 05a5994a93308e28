using MissionBot.Conversations;

namespace MissionBot.Tests.Conversations;

public sealed class MentionsTests
{
    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData("@alice @bob", new[] { "alice", "bob" }).SetName("Find_TwoMentions");
        yield return new TestCaseData("je pense à @Alice, et @bob.", new[] { "alice", "bob" }).SetName("Find_TrailingPunctuation_IsDropped");
        yield return new TestCaseData("@jean.dupont et @marie-l", new[] { "jean.dupont", "marie-l" }).SetName("Find_DotsAndHyphensInside_AreKept");
        yield return new TestCaseData("écris à alice@example.org", Array.Empty<string>()).SetName("Find_EmailAddress_IsNoMention");
        yield return new TestCaseData("@alice @alice", new[] { "alice" }).SetName("Find_Duplicates_AreDropped");
        yield return new TestCaseData("@ seul", Array.Empty<string>()).SetName("Find_LoneAt_IsNoMention");
    }

    [TestCaseSource(nameof(Texts))]
    public void Find_ReadsUsernames(string text, string[] expected)
    {
        Assert.That(Mentions.Find(text), Is.EqualTo(expected));
    }
}
