using MissionBot.Chat.RocketChat;
using MissionBot.Texts;

namespace MissionBot.Tests.Chat.RocketChat;

public sealed class RocketChatMarkdownTests
{
    private static readonly TestCaseData[] Conversions =
    [
        new TestCaseData("**Lieu :** Lyon", "*Lieu :* Lyon").SetName("Bold_BecomesASingleAsterisk"),
        new TestCaseData("#### 📣 Mission #1 · Titre", "#### 📣 Mission #1 · Titre").SetName("Heading_IsKept"),
        new TestCaseData("tape `!mission join 1`", "tape `!mission join 1`").SetName("Code_IsKept"),
        new TestCaseData(@"\*pas gras\*", @"\*pas gras\*").SetName("EscapedAsterisk_StaysEscaped"),
        new TestCaseData(@"\_ \~ \` \#", @"\_ \~ \` \#").SetName("EscapesRocketChatHonours_AreKept"),
        new TestCaseData(@"Refonte \(site\) \> \< \| \!", "Refonte (site) > < | !").SetName("EscapesRocketChatWouldShow_AreDropped"),
        new TestCaseData(@"\[lien\]\(http://x\)", @"\[lien\](http://x)").SetName("Brackets_StayEscapedSoUserTextMakesNoLink"),
        new TestCaseData(@"C:\\temp", @"C:\temp").SetName("EscapedBackslash_ShowsOneBackslash"),
    ];

    [TestCaseSource(nameof(Conversions))]
    public void FromCommonMark(string commonMark, string rocketChat) =>
        Assert.That(RocketChatMarkdown.FromCommonMark(commonMark), Is.EqualTo(rocketChat));

    [Test]
    public void UserTextMadeSafe_NeverBecomesBoldOrAMassMention()
    {
        var safe = SafeText.Inline("**urgent** @all (vite)");

        Assert.That(RocketChatMarkdown.FromCommonMark(safe), Is.EqualTo("\\*\\*urgent\\*\\* @\u200Ball (vite)"));
    }
}
