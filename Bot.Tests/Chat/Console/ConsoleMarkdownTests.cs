using MissionBot.Chat.Console;
using MissionBot.Texts;

namespace MissionBot.Tests.Chat.Console;

public sealed class ConsoleMarkdownTests
{
    [TestCaseSource(nameof(Rendered))]
    public void ToPlainLines_ShowsWhatTheChatWouldRender(string markdown, string expectedLines) =>
        Assert.That(string.Join("\n", ConsoleMarkdown.ToPlainLines(markdown)), Is.EqualTo(expectedLines));

    private static IEnumerable<TestCaseData> Rendered()
    {
        yield return new TestCaseData("#### 📣 Mission #1 · Titre", "📣 Mission #1 · Titre").SetName("Heading marker removed");
        yield return new TestCaseData("**Lieu :** Lyon", "Lieu : Lyon").SetName("Bold markers removed");
        yield return new TestCaseData("tape `/mission join 1`", "tape /mission join 1").SetName("Code markers removed");
        yield return new TestCaseData(SafeText.Inline("Site (v2) *urgent* ! #1 `x` a\\b"), "Site (v2) *urgent* ! #1 `x` a\\b").SetName("Escaped user text shown as typed");
        yield return new TestCaseData(SafeText.Inline("# pas un titre"), "# pas un titre").SetName("Escaped hash is not a heading");
        yield return new TestCaseData("a\r\n\r\nb\n\n", "a\n\nb").SetName("Blank lines kept inside, dropped at the end");
        yield return new TestCaseData("#hashtag", "#hashtag").SetName("Hash without space is text");
    }
}
