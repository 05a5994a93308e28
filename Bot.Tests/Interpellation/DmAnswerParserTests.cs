using MissionBot.Interpellation;

namespace MissionBot.Tests.Interpellation;

public sealed class DmAnswerParserTests
{
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return new TestCaseData("oui", DmAnswerKind.Yes, null).SetName("Parse_Oui_IsYes");
        yield return new TestCaseData("Oui !!", DmAnswerKind.Yes, null).SetName("Parse_OuiWithPunctuation_IsYes");
        yield return new TestCaseData("OK pour la 12", DmAnswerKind.Yes, 12).SetName("Parse_OkForNumber_IsYesForThatMission");
        yield return new TestCaseData("oui #14", DmAnswerKind.Yes, 14).SetName("Parse_OuiHashNumber_IsYesForThatMission");
        yield return new TestCaseData("12 oui", DmAnswerKind.Yes, 12).SetName("Parse_NumberFirst_IsYesForThatMission");
        yield return new TestCaseData("avec plaisir", DmAnswerKind.Yes, null).SetName("Parse_AvecPlaisir_IsYes");
        yield return new TestCaseData("yes", DmAnswerKind.Yes, null).SetName("Parse_EnglishYes_IsYes");
        yield return new TestCaseData("non merci", DmAnswerKind.No, null).SetName("Parse_NonMerci_IsNo");
        yield return new TestCaseData("Non, pas pour moi", DmAnswerKind.No, null).SetName("Parse_NonPasPourMoi_IsNo");
        yield return new TestCaseData("non 12", DmAnswerKind.No, 12).SetName("Parse_NonNumber_IsNoForThatMission");
        yield return new TestCaseData("pas maintenant", DmAnswerKind.NotNow, null).SetName("Parse_PasMaintenant_IsNotNow");
        yield return new TestCaseData("Oui mais pas maintenant", DmAnswerKind.NotNow, null).SetName("Parse_OuiMaisPasMaintenant_IsNotNow");
        yield return new TestCaseData("plus tard", DmAnswerKind.NotNow, null).SetName("Parse_PlusTard_IsNotNow");
        yield return new TestCaseData("not now", DmAnswerKind.NotNow, null).SetName("Parse_EnglishNotNow_IsNotNow");
        yield return new TestCaseData("STOP", DmAnswerKind.Stop, null).SetName("Parse_Stop_IsStop");
        yield return new TestCaseData("ne me sollicite plus", DmAnswerKind.Stop, null).SetName("Parse_NeMeSollicitePlus_IsStop");
        yield return new TestCaseData("personne", DmAnswerKind.Nobody, null).SetName("Parse_Personne_IsNobody");
        yield return new TestCaseData("Non, personne", DmAnswerKind.Nobody, null).SetName("Parse_NonPersonne_IsNobody");
        yield return new TestCaseData("no one", DmAnswerKind.Nobody, null).SetName("Parse_NoOne_IsNobody");
        yield return new TestCaseData("anonyme", DmAnswerKind.Anonymous, null).SetName("Parse_AnonymeAlone_IsAnonymous");
        yield return new TestCaseData("bof", DmAnswerKind.Names, null).SetName("Parse_OneUnknownWord_CouldBeAUsername");
        yield return new TestCaseData("hmm ça dépend ?", DmAnswerKind.Unclear, null).SetName("Parse_Sentence_IsUnclear");
        yield return new TestCaseData("", DmAnswerKind.Unclear, null).SetName("Parse_Empty_IsUnclear");
        yield return new TestCaseData("12", DmAnswerKind.Unclear, 12).SetName("Parse_NumberAlone_IsUnclear");
    }

    [TestCaseSource(nameof(Answers))]
    public void Parse_ReadsTheAnswer(string text, DmAnswerKind kind, int? number)
    {
        var answer = DmAnswerParser.Parse(text);

        Assert.That(answer.Kind, Is.EqualTo(kind));
        Assert.That(answer.MissionNumber, Is.EqualTo(number));
    }

    [Test]
    public void Parse_Mentions_AreNamesEvenInASentence()
    {
        var answer = DmAnswerParser.Parse("Je pense à @Alice et @bob. Merci !");

        Assert.That(answer.Kind, Is.EqualTo(DmAnswerKind.Names));
        Assert.That(answer.NameList, Is.EqualTo(new[] { "alice", "bob" }));
        Assert.That(answer.PlainNames, Is.False);
    }

    [Test]
    public void Parse_PlainUsernames_AreNamesMarkedPlain()
    {
        var answer = DmAnswerParser.Parse("alice, jean.dupont et bob");

        Assert.That(answer.Kind, Is.EqualTo(DmAnswerKind.Names));
        Assert.That(answer.NameList, Is.EqualTo(new[] { "alice", "jean.dupont", "bob" }));
        Assert.That(answer.PlainNames, Is.True);
    }

    [Test]
    public void Parse_NamesWithAnonymeAndNumber_KeepsAllThree()
    {
        var answer = DmAnswerParser.Parse("12 @alice anonyme");

        Assert.That(answer, Is.EqualTo(new DmAnswer(DmAnswerKind.Names, 12, answer.Names, Anonymous: true)));
        Assert.That(answer.NameList, Is.EqualTo(new[] { "alice" }));
    }

    private static IEnumerable<string> Oddities()
    {
        yield return new string('a', 100_000);
        yield return "@@@@";
        yield return "\u0000\u0001\u200B";
        yield return "oui\u0301";
        yield return "99999999999999999999";
        yield return "#";
        yield return "n°";
        yield return "🙂🙂🙂";
        yield return "\ud800";
        yield return string.Join(' ', Enumerable.Repeat("@a", 5000));
    }

    [TestCaseSource(nameof(Oddities))]
    public void Parse_OddInput_NeverThrows(string text)
    {
        Assert.That(() => DmAnswerParser.Parse(text), Throws.Nothing);
    }
}
