using Microsoft.Extensions.Time.Testing;
using MissionBot.Chat;
using MissionBot.Commands;
using MissionBot.Missions;

namespace MissionBot.Tests.Commands;

public sealed class MissionDraftParserTests
{
    private static readonly MissionDraftParser Parser =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

    private static MissionDraft Draft(
        string title, string description = "", string[]? skills = null, DateOnly? due = null, string place = "", bool paid = false, bool entry = false) =>
        new(title, description, skills ?? [], due, place, paid, entry);

    [TestCaseSource(nameof(ValidLines))]
    public void Parse_ValidLine_GivesTheDraft(string line, MissionDraft expected)
    {
        var result = Parser.Parse(line);

        Assert.That(result.Error, Is.Null);
        var draft = result.Draft!;
        Assert.Multiple(() =>
        {
            // The record compares Skills by reference: compare it on its own.
            Assert.That(draft with { Skills = [] }, Is.EqualTo(expected with { Skills = [] }));
            Assert.That(draft.Skills, Is.EqualTo(expected.Skills));
        });
    }

    private static IEnumerable<TestCaseData> ValidLines()
    {
        yield return new TestCaseData(
            "Refonte du site | Passer sous WordPress | compétences: wordpress, graphisme | échéance: 2026-12-15 | lieu: Lyon | bénévole | porte d'entrée",
            Draft("Refonte du site", "Passer sous WordPress", ["wordpress", "graphisme"], new DateOnly(2026, 12, 15), "Lyon", entry: true))
            .SetName("French keys and flags");
        yield return new TestCaseData(
            "Website | Move to WordPress | skills: wordpress; design | due: 15/12/2026 | place: Lyon | paid | entry door",
            Draft("Website", "Move to WordPress", ["wordpress", "design"], new DateOnly(2026, 12, 15), "Lyon", paid: true, entry: true))
            .SetName("English keys and flags");
        yield return new TestCaseData(
            "Affiche | COMPÉTENCES: graphisme | Echeance: 15.12.26 | Lieu : Marseille | Rémunérée",
            Draft("Affiche", skills: ["graphisme"], due: new DateOnly(2026, 12, 15), place: "Marseille", paid: true))
            .SetName("Keys in capitals, without accents, space before the colon");
        yield return new TestCaseData(
            "Atelier | porte d’entrée",
            Draft("Atelier", entry: true))
            .SetName("Typographic apostrophe");
        yield return new TestCaseData(
            "Atelier | Porte d'Entrée !",
            Draft("Atelier", entry: true))
            .SetName("Flag with French spacing before the exclamation mark");
        yield return new TestCaseData(
            "   Tenir le bar    |   compétences:   accueil ,  caisse   ,  |  où:   Lyon 7e  ",
            Draft("Tenir le bar", skills: ["accueil", "caisse"], place: "Lyon 7e"))
            .SetName("Odd spacing and an empty skill");
        yield return new TestCaseData(
            "Tenir le bar | compétences: web   design, Graphisme, graphisme, GRAPHISME",
            Draft("Tenir le bar", skills: ["web design", "Graphisme"]))
            .SetName("Skills deduplicated ignoring case, inner spaces collapsed");
        yield return new TestCaseData(
            "Atelier compost | Première ligne | deuxième ligne | description: troisième | horaires: 9h-12h",
            Draft("Atelier compost", "Première ligne\ndeuxième ligne\ntroisième\nhoraires: 9h-12h"))
            .SetName("Description segments, with and without key, unknown key kept as text");
        yield return new TestCaseData(
            "Atelier: compost | lieu: Lyon",
            Draft("Atelier: compost", place: "Lyon"))
            .SetName("Title with a colon stays the title");
        yield return new TestCaseData(
            "Atelier | rémunérée | bénévole",
            Draft("Atelier"))
            .SetName("The last of paid and volunteer wins");
        yield return new TestCaseData(
            "Atelier | date: 15/12",
            Draft("Atelier", due: new DateOnly(2026, 12, 15)))
            .SetName("Date without year");
        yield return new TestCaseData(
            "Atelier | deadline: 2027-01-05 | pour le: 2026-12-01",
            Draft("Atelier", due: new DateOnly(2026, 12, 1)))
            .SetName("The last due date wins");
        yield return new TestCaseData(
            "Atelier | échéance: 23/11/2026",
            Draft("Atelier", due: new DateOnly(2026, 11, 23)))
            .SetName("Due today is accepted");
        yield return new TestCaseData(
            "Atelier | lieu: | échéance:",
            Draft("Atelier"))
            .SetName("Empty values are left empty");
        yield return new TestCaseData(
            new string('T', MissionDraftParser.MaxTitleLength),
            Draft(new string('T', MissionDraftParser.MaxTitleLength)))
            .SetName("Title of the maximum length");
    }

    [TestCaseSource(nameof(InvalidLines))]
    public void Parse_InvalidLine_SaysWhy(string line, CommandErrorKind kind, string detail)
    {
        var result = Parser.Parse(line);

        Assert.That(result.Draft, Is.Null);
        Assert.That(result.Error, Is.EqualTo(new CommandError(kind, "new", detail)));
    }

    private static IEnumerable<TestCaseData> InvalidLines()
    {
        yield return new TestCaseData("", CommandErrorKind.EmptyTitle, "").SetName("Empty line");
        yield return new TestCaseData("   | compétences: graphisme", CommandErrorKind.EmptyTitle, "").SetName("Empty title before the keys");
        yield return new TestCaseData(new string('T', MissionDraftParser.MaxTitleLength + 1), CommandErrorKind.TitleTooLong, "120").SetName("Title one character too long");
        yield return new TestCaseData("Atelier | échéance: demain matin", CommandErrorKind.BadDate, "demain matin").SetName("Date in words");
        yield return new TestCaseData("Atelier | échéance: 31/04/2027", CommandErrorKind.BadDate, "31/04/2027").SetName("Day that does not exist");
        yield return new TestCaseData("Atelier | échéance: 22/11/2026", CommandErrorKind.DateInPast, "2026-11-22").SetName("Yesterday");
        yield return new TestCaseData("Atelier | due: 2020-01-01", CommandErrorKind.DateInPast, "2020-01-01").SetName("Years ago");
        yield return new TestCaseData("Atelier | échéance: " + new string('9', 100), CommandErrorKind.BadDate, new string('9', 29) + "…").SetName("Long bad date echoed shortened");
    }

    [Test]
    public void FromForm_WithEveryField_GivesTheDraft()
    {
        var result = Parser.FromForm(new MissionForm(" Atelier compost ", "Au jardin", "jardinage, animation", "15/12/2026", "Marseille", Paid: true, EntryDoor: true));

        var draft = result.Draft!;
        Assert.Multiple(() =>
        {
            Assert.That(draft.Title, Is.EqualTo("Atelier compost"));
            Assert.That(draft.Description, Is.EqualTo("Au jardin"));
            Assert.That(draft.Skills, Is.EqualTo((string[])["jardinage", "animation"]));
            Assert.That(draft.DueDate, Is.EqualTo(new DateOnly(2026, 12, 15)));
            Assert.That(draft.Place, Is.EqualTo("Marseille"));
            Assert.That(draft.Paid && draft.EntryDoor, Is.True);
        });
    }

    [Test]
    public void FromForm_WithNothingFilled_AsksForATitle()
    {
        var result = Parser.FromForm(new MissionForm(null, null, null, null, null, false, false));

        Assert.That(result.Error?.Kind, Is.EqualTo(CommandErrorKind.EmptyTitle));
    }
}
