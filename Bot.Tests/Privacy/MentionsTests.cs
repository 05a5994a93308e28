using MissionBot.Privacy;

namespace MissionBot.Tests.Privacy;

public sealed class MentionsTests
{
    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData("Candidatures : @dan, @bob.", "Candidatures : @dan, @….").SetName("Scrub_MentionBeforePunctuation");
        yield return new TestCaseData("avec @Bob !", "avec @… !").SetName("Scrub_IgnoresCase");
        yield return new TestCaseData("@bob.smith et @bobby", "@bob.smith et @bobby").SetName("Scrub_LeavesLongerNamesAlone");
        yield return new TestCaseData("Bob a aidé", "Bob a aidé").SetName("Scrub_LeavesPlainWordsAlone");
    }

    [TestCaseSource(nameof(Texts))]
    public void Scrub(string text, string expected) => Assert.That(Mentions.Scrub(text, "bob"), Is.EqualTo(expected));
}
