using MissionBot.People.Skills;

namespace MissionBot.Tests.People.Skills;

public sealed class SkillCatalogTests
{
    private static readonly SkillCatalog Shipped = SkillCatalog.Load(Path.Combine(AppContext.BaseDirectory, "config", "skill-synonyms.json"));

    private static IEnumerable<TestCaseData> Typed()
    {
        yield return new TestCaseData("graphisme", "graphisme", "graphisme").SetName("Resolve_CanonicalName_IsItself");
        yield return new TestCaseData("Design Graphique", "graphisme", "graphisme").SetName("Resolve_FrenchSynonym_MapsToCanonical");
        yield return new TestCaseData("graphic design", "graphisme", "graphisme").SetName("Resolve_EnglishSynonym_MapsToCanonical");
        yield return new TestCaseData("  design-graphique. ", "graphisme", "graphisme").SetName("Resolve_HyphensSpacesAndPunctuation_AreIgnored");
        yield return new TestCaseData("WP", "wordpress", "WordPress").SetName("Resolve_Abbreviation_KeepsTheFileSpelling");
        yield return new TestCaseData("Électricité", "electricite", "électricité").SetName("Resolve_AccentsAndCase_AreFolded");
        yield return new TestCaseData("Permaculture   urbaine", "permaculture urbaine", "Permaculture urbaine").SetName("Resolve_UnknownSkill_IsKeptAsTyped");
    }

    [TestCaseSource(nameof(Typed))]
    public void Resolve_MapsThroughSynonyms(string typed, string key, string label)
    {
        var skill = Shipped.Resolve(typed);

        Assert.That(skill, Is.EqualTo(new Skill(key, label)));
    }

    [Test]
    public void Resolve_NothingButPunctuation_IsNoSkill()
    {
        Assert.That(Shipped.Resolve(" ,;. "), Is.Null);
    }

    [Test]
    public void ResolveList_SplitsOnCommasAndDropsSynonymDuplicates()
    {
        var skills = Shipped.ResolveList("wordpress, Graphisme; graphic design, compta");

        Assert.That(skills.Select(s => s.Label), Is.EqualTo(new[] { "WordPress", "graphisme", "comptabilité" }));
    }

    [Test]
    public void Load_FileThatIsNotSynonyms_SaysWhatIsExpected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"Synonyms\": [\"graphisme\"] }");
        try
        {
            Assert.That(() => SkillCatalog.Load(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("list of names"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
