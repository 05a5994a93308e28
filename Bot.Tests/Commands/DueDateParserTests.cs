using MissionBot.Commands;

namespace MissionBot.Tests.Commands;

public sealed class DueDateParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [TestCaseSource(nameof(Readable))]
    public void TryParse_CommonFormats_GiveTheDate(string text, DateOnly expected)
    {
        Assert.That(DueDateParser.TryParse(text, Today, out var date), Is.True);
        Assert.That(date, Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> Readable()
    {
        yield return new TestCaseData("2026-12-15", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("2026-1-5", new DateOnly(2026, 1, 5));
        yield return new TestCaseData("15/12/2026", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("5/1/2027", new DateOnly(2027, 1, 5));
        yield return new TestCaseData("15-12-2026", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("15.12.2026", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("15/12/26", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("15.12.26", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("  15/12/2026  ", new DateOnly(2026, 12, 15));
        // Past dates are read as such: refusing them is the mission form's job.
        yield return new TestCaseData("2020-01-01", new DateOnly(2020, 1, 1));
        // Without a year: the next such day, today included.
        yield return new TestCaseData("15/12", new DateOnly(2026, 12, 15));
        yield return new TestCaseData("23/11", new DateOnly(2026, 11, 23));
        yield return new TestCaseData("22/11", new DateOnly(2027, 11, 22));
        yield return new TestCaseData("01/03", new DateOnly(2027, 3, 1));
        yield return new TestCaseData("1.3", new DateOnly(2027, 3, 1));
    }

    [TestCaseSource(nameof(Unreadable))]
    public void TryParse_NotADate_IsRefused(string text) =>
        Assert.That(DueDateParser.TryParse(text, Today, out _), Is.False);

    private static IEnumerable<TestCaseData> Unreadable()
    {
        yield return new TestCaseData("");
        yield return new TestCaseData("demain");
        yield return new TestCaseData("15 décembre");
        yield return new TestCaseData("32/12/2026");
        yield return new TestCaseData("31/04/2027");
        yield return new TestCaseData("12/15/2026");
        yield return new TestCaseData("2026/12/15/1");
        yield return new TestCaseData("31/04");
        yield return new TestCaseData("00/12");
        yield return new TestCaseData("15/13");
    }

    [Test]
    public void TryParse_TwentyNinthOfFebruaryWithoutYear_DoesNotDependOnTheComputerClock()
    {
        // Neither 2026 nor 2027 has a 29 February: refused whatever year the computer is in.
        Assert.That(DueDateParser.TryParse("29/02", Today, out _), Is.False);
        // In 2027, the next 29 February that "29/02" can mean is in 2028.
        Assert.That(DueDateParser.TryParse("29/02", new DateOnly(2027, 6, 1), out var date), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(2028, 2, 29)));
    }
}
