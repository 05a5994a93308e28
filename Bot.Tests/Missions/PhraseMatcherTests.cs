using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Missions;

namespace MissionBot.Tests.Missions;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new(Options.Create(new MissionsOptions()));

    [TestCaseSource(nameof(Volunteering))]
    public void IsVolunteering_VolunteerReply_Counts(string reply) =>
        Assert.That(Matcher.IsVolunteering(reply), Is.True);

    private static IEnumerable<TestCaseData> Volunteering()
    {
        yield return new TestCaseData("Je suis partant !");
        yield return new TestCaseData("PARTANTE!!!");
        yield return new TestCaseData("partant·e");
        yield return new TestCaseData("Je me propose");
        yield return new TestCaseData("je me porte volontaire");
        yield return new TestCaseData("Dispo");
        yield return new TestCaseData("Moi je suis disponible 😊");
        yield return new TestCaseData("Je prends.");
        yield return new TestCaseData("je veux bien");
        yield return new TestCaseData("+1");
        yield return new TestCaseData("**dispo**");
        yield return new TestCaseData("«partant»");
        yield return new TestCaseData("@alice je suis partant pour samedi");
        yield return new TestCaseData("Count me in");
        yield return new TestCaseData("I’m in");
        yield return new TestCaseData("I volunteer.");
        yield return new TestCaseData("I can do it!");
        yield return new TestCaseData("Pas de souci, je suis dispo !").SetName("A negation in an earlier clause does not count");
        yield return new TestCaseData("Pas de problème je prends").SetName("A negation far before the phrase does not count");
        yield return new TestCaseData("No problem, count me in");
        yield return new TestCaseData("Je suis partant, mais pas samedi").SetName("A negation after the phrase does not count");
    }

    [TestCaseSource(nameof(NotVolunteering))]
    public void IsVolunteering_QuestionNegationOrOtherReply_DoesNotCount(string reply) =>
        Assert.That(Matcher.IsVolunteering(reply), Is.False);

    private static IEnumerable<TestCaseData> NotVolunteering()
    {
        yield return new TestCaseData("");
        yield return new TestCaseData("Merci pour l'annonce");
        yield return new TestCaseData("Dispo ?");
        yield return new TestCaseData("Qui est partant ?");
        yield return new TestCaseData("Dispo quand exactement?");
        yield return new TestCaseData("Pas dispo");
        yield return new TestCaseData("pas dispo cette fois, désolé");
        yield return new TestCaseData("Je ne suis pas partant");
        yield return new TestCaseData("je ne suis pas du tout partante");
        yield return new TestCaseData("Je ne suis pas sûr d'être dispo");
        yield return new TestCaseData("Plus dispo");
        yield return new TestCaseData("Non, pas disponible");
        yield return new TestCaseData("jamais dispo le samedi");
        yield return new TestCaseData("I'm not in");
        yield return new TestCaseData("I can't do it");
        yield return new TestCaseData("indisponible");
        yield return new TestCaseData("un dispositif");
        yield return new TestCaseData("+1000");
        yield return new TestCaseData("Je me retire").SetName("A withdrawal is not a candidacy");
        yield return new TestCaseData("je ne suis plus dispo").SetName("A withdrawal containing a volunteer word");
    }

    [TestCaseSource(nameof(Withdrawals))]
    public void IsWithdrawal_WithdrawReply_Counts(string reply) =>
        Assert.That(Matcher.IsWithdrawal(reply), Is.True);

    private static IEnumerable<TestCaseData> Withdrawals()
    {
        yield return new TestCaseData("Je me retire");
        yield return new TestCaseData("je me retire, désolé !");
        yield return new TestCaseData("Je me désiste");
        yield return new TestCaseData("Finalement, je ne suis plus disponible");
        yield return new TestCaseData("finalement non");
        yield return new TestCaseData("I withdraw");
        yield return new TestCaseData("Count me out");
        yield return new TestCaseData("I’m out");
    }

    [TestCaseSource(nameof(NotWithdrawals))]
    public void IsWithdrawal_OtherReply_DoesNotCount(string reply) =>
        Assert.That(Matcher.IsWithdrawal(reply), Is.False);

    private static IEnumerable<TestCaseData> NotWithdrawals()
    {
        yield return new TestCaseData("");
        yield return new TestCaseData("Je suis partant");
        yield return new TestCaseData("pas dispo");
        yield return new TestCaseData("je me retrouve à Lyon samedi");
    }

    [Test]
    public void ConfiguredPhrases_ReplaceTheDefaults()
    {
        var matcher = new PhraseMatcher(Options.Create(new MissionsOptions { VolunteerPhrases = ["chaud"], WithdrawPhrases = ["je lâche"] }));

        Assert.Multiple(() =>
        {
            Assert.That(matcher.IsVolunteering("Chaud !"), Is.True);
            Assert.That(matcher.IsVolunteering("partant"), Is.False);
            Assert.That(matcher.IsWithdrawal("Je lache l'affaire"), Is.True);
            Assert.That(matcher.IsWithdrawal("je me retire"), Is.False);
        });
    }
}
