using MissionBot.Texts;

namespace MissionBot.Tests.Texts;

public sealed class SafeTextTests
{
    private const string Zwsp = "\u200B";

    [TestCaseSource(nameof(Mentions))]
    public void Inline_ChannelWideMention_IsNeutralisedWithAZeroWidthSpace(string userText, string expected) =>
        Assert.That(SafeText.Inline(userText), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> Mentions()
    {
        yield return new TestCaseData("@channel", "@" + Zwsp + "channel");
        yield return new TestCaseData("@all", "@" + Zwsp + "all");
        yield return new TestCaseData("@here", "@" + Zwsp + "here");
        yield return new TestCaseData("@everyone", "@" + Zwsp + "everyone");
        yield return new TestCaseData("Urgent @Channel !", "Urgent @" + Zwsp + "Channel \\!");
        yield return new TestCaseData("@ALL venez", "@" + Zwsp + "ALL venez");
        yield return new TestCaseData("@here, @all et @channel", "@" + Zwsp + "here, @" + Zwsp + "all et @" + Zwsp + "channel");
        yield return new TestCaseData("**@all**", "\\*\\*@" + Zwsp + "all\\*\\*");
        yield return new TestCaseData("@alice et @allison", "@alice et @allison");
        yield return new TestCaseData("@channels", "@channels");
        yield return new TestCaseData("@" + Zwsp + "channel", "@" + Zwsp + "channel");
    }

    [TestCaseSource(nameof(Markdown))]
    public void Inline_Markdown_IsEscaped(string userText, string expected) =>
        Assert.That(SafeText.Inline(userText), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> Markdown()
    {
        yield return new TestCaseData("*gras*", "\\*gras\\*");
        yield return new TestCaseData("_italique_", "\\_italique\\_");
        yield return new TestCaseData("~~barré~~", "\\~\\~barré\\~\\~");
        yield return new TestCaseData("`code`", "\\`code\\`");
        yield return new TestCaseData("[lien](http://x.org)", "\\[lien\\]\\(http://x.org\\)");
        yield return new TestCaseData("![image](x.png)", "\\!\\[image\\]\\(x.png\\)");
        yield return new TestCaseData("# Titre", "\\# Titre");
        yield return new TestCaseData("> citation", "\\> citation");
        yield return new TestCaseData("a | b", "a \\| b");
        yield return new TestCaseData("<b>html</b>", "\\<b\\>html\\</b\\>");
        yield return new TestCaseData("C:\\dossier", "C:\\\\dossier");
        yield return new TestCaseData("ligne 1\nligne 2\r\nligne 3", "ligne 1 ligne 2  ligne 3");
        yield return new TestCaseData("Porte d'entrée, compétences : ok", "Porte d'entrée, compétences : ok");
        yield return new TestCaseData("", "");
        yield return new TestCaseData(null, "");
    }

    [Test]
    public void Block_KeepsLineBreaksAndEscapesEachLine()
    {
        Assert.That(SafeText.Block("Bonjour\r\n# pas un titre\n@all *merci*"),
            Is.EqualTo("Bonjour\n\\# pas un titre\n@" + Zwsp + "all \\*merci\\*"));
    }

    [TestCaseSource(nameof(Truncations))]
    public void Truncate_LongText_EndsWithAnEllipsisWithinTheLimit(string text, int max, string expected)
    {
        var cut = SafeText.Truncate(text, max);

        Assert.That(cut, Is.EqualTo(expected));
        Assert.That(cut, Has.Length.LessThanOrEqualTo(Math.Max(max, 0) == 0 ? text.Length : max));
    }

    private static IEnumerable<TestCaseData> Truncations()
    {
        yield return new TestCaseData("abc", 5, "abc").SetName("Shorter than the limit");
        yield return new TestCaseData("abcde", 5, "abcde").SetName("Exactly the limit");
        yield return new TestCaseData("abcdef", 5, "abcd…").SetName("One over the limit");
        yield return new TestCaseData("abcdef", 1, "…").SetName("Room for the ellipsis only");
        yield return new TestCaseData("abcdef", 0, "abcdef").SetName("No limit");
        yield return new TestCaseData("abc😀def", 5, "abc…").SetName("Emoji at the cut is dropped whole");
        yield return new TestCaseData("abc😀def", 6, "abc😀…").SetName("Emoji before the cut is kept whole");
        yield return new TestCaseData("😀😀😀", 2, "…").SetName("Only emoji");
        yield return new TestCaseData("😀😀😀", 4, "😀…").SetName("Only emoji, room for one");
    }

    [Test]
    public void Truncate_NeverLeavesALoneSurrogate([Range(1, 12)] int max)
    {
        var cut = SafeText.Truncate("a😀b😀😀c😀d", max);

        var lone = cut.Where((c, i) =>
            (char.IsHighSurrogate(c) && (i + 1 >= cut.Length || !char.IsLowSurrogate(cut[i + 1]))) ||
            (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(cut[i - 1]))));
        Assert.That(lone, Is.Empty, cut);
    }
}
