using MissionBot.Commands;

namespace MissionBot.Tests.Commands;

public sealed class MissionNumberTests
{
    [TestCaseSource(nameof(Readable))]
    public void TryParse_AsPeopleTypeIt_ReadsTheNumber(string text, int expected)
    {
        Assert.That(MissionNumber.TryParse(text, out var number), Is.True);
        Assert.That(number, Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> Readable()
    {
        yield return new TestCaseData("12", 12);
        yield return new TestCaseData(" 12 ", 12);
        yield return new TestCaseData("#12", 12);
        yield return new TestCaseData("# 12", 12);
        yield return new TestCaseData("n°12", 12);
        yield return new TestCaseData("N°12", 12);
        yield return new TestCaseData("n° 7", 7);
        yield return new TestCaseData("nº3", 3);
        yield return new TestCaseData("no 4", 4);
        yield return new TestCaseData("No 4", 4);
        yield return new TestCaseData("007", 7);
    }

    [TestCaseSource(nameof(Unreadable))]
    public void TryParse_NotAMissionNumber_IsRefused(string text) =>
        Assert.That(MissionNumber.TryParse(text, out _), Is.False);

    private static IEnumerable<TestCaseData> Unreadable()
    {
        yield return new TestCaseData("");
        yield return new TestCaseData("#");
        yield return new TestCaseData("0");
        yield return new TestCaseData("-1");
        yield return new TestCaseData("+3");
        yield return new TestCaseData("12a");
        yield return new TestCaseData("1 2");
        yield return new TestCaseData("1.5");
        yield return new TestCaseData("douze");
        yield return new TestCaseData("99999999999");
        yield return new TestCaseData("１２");
    }
}
