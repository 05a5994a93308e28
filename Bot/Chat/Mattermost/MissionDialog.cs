using System.Text.Json;
using System.Text.Json.Nodes;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Texts;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// The "new mission" interactive dialog: its elements, the signed state that ties a submission to the
/// person the form was opened for, and the reading of a submission back into a <see cref="MissionForm"/>.
/// </summary>
internal static class MissionDialog
{
    public const string CallbackId = "mission-new";
    private const string StatePurpose = "dialog";

    public static MmDialog Build(MissionFormLabels labels, string state) => new()
    {
        CallbackId = CallbackId,
        Title = Shorten(labels.DialogTitle, MattermostChatClient.MaxDialogTitleLength),
        SubmitLabel = labels.Submit,
        State = state,
        Elements =
        [
            new() { Name = "title", DisplayName = labels.Title, Type = "text", MaxLength = 150 },
            new() { Name = "description", DisplayName = labels.Description, Type = "textarea", Optional = true, MaxLength = 3000 },
            new() { Name = "skills", DisplayName = labels.Skills, Type = "text", Optional = true, HelpText = labels.SkillsHelp },
            new() { Name = "due", DisplayName = labels.DueDate, Type = "text", Optional = true, HelpText = labels.DueDateHelp },
            new() { Name = "place", DisplayName = labels.Place, Type = "text", Optional = true },
            new() { Name = "paid", DisplayName = labels.Paid, Type = "bool", Optional = true, Placeholder = labels.PaidHelp, Default = "false" },
            new() { Name = "entry", DisplayName = labels.EntryDoor, Type = "bool", Optional = true, Placeholder = labels.EntryDoorHelp, Default = "false" },
        ],
    };

    /// <summary>"userId.signature": the server echoes it with the submission, untouched.</summary>
    public static string State(ActionSigner signer, string userId) => userId + "." + signer.Sign(StatePurpose, userId);

    /// <summary>True when <paramref name="state"/> was made by this bot for <paramref name="userId"/>.</summary>
    public static bool IsStateOf(ActionSigner signer, string? state, string userId)
    {
        var dot = state?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0
            && string.Equals(state![..dot], userId, StringComparison.Ordinal)
            && signer.IsValid(StatePurpose, userId, state[(dot + 1)..]);
    }

    public static MissionForm ReadForm(JsonObject? submission) => new(
        Title: Text(submission, "title"),
        Description: Text(submission, "description"),
        Skills: Text(submission, "skills"),
        DueDate: Text(submission, "due"),
        Place: Text(submission, "place"),
        Paid: Flag(submission, "paid"),
        EntryDoor: Flag(submission, "entry"));

    private static string? Text(JsonObject? submission, string name) =>
        submission?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Bool elements arrive as JSON booleans; older servers and hand-made requests send "true".</summary>
    private static bool Flag(JsonObject? submission, string name) => submission?[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String =>
            string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd();
}
