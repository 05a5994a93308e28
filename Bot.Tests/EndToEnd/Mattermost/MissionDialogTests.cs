using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.EndToEnd.Mattermost;

public sealed class MissionDialogTests : MattermostEndToEndTest
{
    private static readonly string[] FormFields = ["title", "description", "skills", "due", "place", "paid", "entry"];

    [Test]
    public async Task NewWithoutText_OpensTheForm_BeforeAnswering()
    {
        var answer = await CommandAsync(Alice, "new");

        var dialog = Server.OpenedDialogs.Single();
        var elements = dialog.Dialog["elements"]!.AsArray().Select(e => (string?)e!["name"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Is.EqualTo(Bot.Texts.FormOpened()));
            Assert.That(dialog.Url, Is.EqualTo(Bot.DialogUrl));
            Assert.That((string?)dialog.Dialog["title"], Has.Length.LessThanOrEqualTo(24));
            Assert.That(elements, Is.EqualTo(FormFields));
            Assert.That(Announcements, Is.Empty);
        });
    }

    [Test]
    public async Task NewWithoutText_WhenTheFormCannotOpen_OffersTheOneLineCommand()
    {
        Server.FailNextRequests("POST", "/api/v4/actions/dialogs/open", 400);

        var answer = await CommandAsync(Alice, "new");

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Is.EqualTo(Bot.Texts.FormUnavailable()));
            Assert.That((string?)answer["text"], Does.Contain("/mission new Titre"));
            Assert.That(Server.OpenedDialogs, Is.Empty);
        });
    }

    [Test]
    public async Task FormSubmission_PostsTheAnnouncement_ClosesTheFormAndConfirmsByDirectMessage()
    {
        await CommandAsync(Alice, "new");

        using var response = await Server.SubmitDialogAsync(Alice, Form(title: "Atelier compost", place: "Villeurbanne", entry: true));

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 1, "alice's confirmation");
        var body = await response.Content.ReadAsStringAsync();
        var mission = Bot.Missions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.Empty, "an empty body closes the dialog");
            Assert.That(Announcements.Single().Message, Does.Contain("Mission #1").And.Contain("Atelier compost").And.Contain("Villeurbanne"));
            Assert.That(mission.OwnerUsername, Is.EqualTo("alice"));
            Assert.That(mission.EntryDoor, Is.True);
            Assert.That(mission.Paid, Is.False);
            Assert.That(Server.DirectPostsTo(Alice).Single().Message, Does.Contain("#1"));
        });
    }

    [Test]
    public async Task FormSubmission_WithEmptyTitle_KeepsTheFormOpenWithTheReason_AndStoresNothing()
    {
        await CommandAsync(Alice, "new");

        using var response = await Server.SubmitDialogAsync(Alice, Form(title: ""));

        var answer = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["error"], Does.Contain("a besoin d'un titre"));
            Assert.That(Bot.Missions, Is.Empty);
            Assert.That(Announcements, Is.Empty);
        });
    }

    [Test]
    public async Task FormSubmission_WithBadDate_KeepsTheFormOpenWithTheReason()
    {
        await CommandAsync(Alice, "new");

        using var response = await Server.SubmitDialogAsync(Alice, Form(title: "Atelier compost", due: "bientôt"));

        var answer = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["error"], Does.Contain("Je ne comprends pas la date"));
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    [Test]
    public async Task FormSubmission_ForSomeoneElse_IsRefused()
    {
        await CommandAsync(Alice, "new");
        var state = (string?)Server.OpenedDialogs.Single().Dialog["state"];

        // Bob replays alice's form state under his own name: the state is signed for alice only.
        var forged = new JsonObject
        {
            ["type"] = "dialog_submission",
            ["callback_id"] = "mission-new",
            ["state"] = state,
            ["user_id"] = Bob.Id,
            ["channel_id"] = Server.TownSquare.Id,
            ["team_id"] = Server.Team.Id,
            ["submission"] = new JsonObject { ["title"] = "Mission de bob" },
            ["cancelled"] = false,
        };
        using var response = await BotUnderTest.Http.PostAsJsonAsync(Bot.DialogUrl, forged);

        var answer = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["error"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    private static Dictionary<string, object?> Form(string title, string due = "", string place = "", bool entry = false) => new()
    {
        ["title"] = title,
        ["description"] = "Monter le composteur collectif",
        ["skills"] = "jardinage",
        ["due"] = due,
        ["place"] = place,
        ["paid"] = false,
        ["entry"] = entry,
    };
}
