using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Texts;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// POST /hooks/mattermost/dialog: the "new mission" form was submitted (PROTOCOLS A7). The signed state must name
/// the submitting person. Refused input keeps the form open with the explanation; success closes it and the
/// confirmation arrives by DM.
/// </summary>
public sealed class MattermostDialogEndpoint(
    IChatInbox inbox,
    MattermostChatClient chat,
    ActionSigner signer,
    ReplyBudget budget,
    BotTexts texts,
    IHostApplicationLifetime lifetime,
    ILogger<MattermostDialogEndpoint> logger)
{
    public const string Path = MattermostChatClient.DialogPath;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var submission = await JsonBody.ReadAsync<MmDialogSubmission>(http);
        if (submission is null || submission.UserId.Length == 0)
        {
            return Results.BadRequest();
        }
        if (submission.Cancelled)
        {
            return Results.Ok();
        }
        if (!MissionDialog.IsStateOf(signer, submission.State, submission.UserId))
        {
            logger.LogWarning("Form submission refused: state not signed for user {UserId}", submission.UserId);
            return Error(texts.ActionNotRecognised());
        }

        var stopping = lifetime.ApplicationStopping;
        var work = SubmitAsync(submission, stopping);
        if (!await budget.FinishesInTimeAsync(work))
        {
            logger.LogInformation("Form from user {UserId} takes longer than the reply budget; the answer will follow by DM", submission.UserId);
            budget.FinishLater(work, reply => DirectAsync(submission.UserId, reply.PrivateText, stopping), "Late answer to a mission form");
            return Results.Ok();
        }
        var reply = await work;
        if (reply.IsError)
        {
            return Error(reply.PrivateText);
        }
        budget.InBackground(() => DirectAsync(submission.UserId, reply.PrivateText, stopping), "Mission form confirmation");
        return Results.Ok();
    }

    private async Task<CommandReply> SubmitAsync(MmDialogSubmission submission, CancellationToken cancellationToken)
    {
        try
        {
            // The submission names the person by id only; the mission needs the username too.
            var user = await chat.GetUserAsync(submission.UserId, cancellationToken) ?? new ChatUser(submission.UserId, submission.UserId);
            return await inbox.HandleMissionFormAsync(user, MissionDialog.ReadForm(submission.Submission), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Form from user {UserId} failed", submission.UserId);
            return CommandReply.Error(texts.SomethingWentWrong());
        }
    }

    private Task<PostRef> DirectAsync(string userId, string text, CancellationToken cancellationToken) =>
        chat.SendDirectAsync(userId, new OutgoingMessage(text), cancellationToken);

    /// <summary>{"error": "..."} keeps the dialog open and shows the text under the form.</summary>
    private static IResult Error(string text) => MattermostJson.Result(new MmDialogResponse { Error = text });
}
