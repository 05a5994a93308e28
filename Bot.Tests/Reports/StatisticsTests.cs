// CA1861: test cases are built once per run; constant arrays read best here.
#pragma warning disable CA1861
using MissionBot.Reports;

namespace MissionBot.Tests.Reports;

public sealed class StatisticsTests
{
    private static IEnumerable<TestCaseData> Medians()
    {
        yield return new TestCaseData(new double[] { 3, 1, 2 }).Returns(2.0).SetName("Median_OddCount_IsTheMiddleValue");
        yield return new TestCaseData(new double[] { 4, 1, 3, 2 }).Returns(2.5).SetName("Median_EvenCount_IsTheMeanOfTheTwoMiddleValues");
        yield return new TestCaseData(Array.Empty<double>()).Returns(null).SetName("Median_OfNothing_IsNull");
    }

    [TestCaseSource(nameof(Medians))]
    public double? Median(double[] values) => Statistics.Median(values);

    private static IEnumerable<TestCaseData> Ginis()
    {
        yield return new TestCaseData(new[] { 2, 2, 2, 2 }).Returns(0.0).SetName("Gini_EvenSpread_IsZero");
        // One person of four has everything: Σ|xi-xj| = 6·8... = 2·3·8 = 48; 48 / (2·4·8) = 0.75
        yield return new TestCaseData(new[] { 8, 0, 0, 0 }).Returns(0.75).SetName("Gini_AllToOneOfFour_IsThreeQuarters");
        // [3,1]: Σ over ordered pairs = 4; 4 / (2·2·4) = 0.25
        yield return new TestCaseData(new[] { 3, 1 }).Returns(0.25).SetName("Gini_ThreeAndOne_IsAQuarter");
        yield return new TestCaseData(Array.Empty<int>()).Returns(0.0).SetName("Gini_OfNobody_IsZero");
    }

    [TestCaseSource(nameof(Ginis))]
    public double Gini(int[] counts) => Statistics.Gini(counts);

    private static IEnumerable<TestCaseData> TopShares()
    {
        // 10 people: the top 10 % is 1 person.
        yield return new TestCaseData(new[] { 5, 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 10).Returns(0.5).SetName("TopShare_TenPeople_TakesTheTopOne");
        // 30 people: the top 10 % is 3 people (no rounding surprise).
        yield return new TestCaseData(Enumerable.Repeat(1, 27).Concat([10, 10, 10]).ToArray(), 10).Returns(30.0 / 57).SetName("TopShare_ThirtyPeople_TakesTheTopThree");
        // 3 people: at least one person.
        yield return new TestCaseData(new[] { 1, 1, 2 }, 10).Returns(0.5).SetName("TopShare_FewPeople_TakesAtLeastOne");
    }

    [TestCaseSource(nameof(TopShares))]
    public double TopShare(int[] counts, int percent) => Statistics.TopShare(counts, percent);
}
