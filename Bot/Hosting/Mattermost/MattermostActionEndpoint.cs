using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Texts;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// POST /hooks/mattermost/action: a click on one of the bot's buttons (PROTOCOLS A7). The context carries the
/// button's typed-command twin and its signature; a click whose signature does not match is refused.
/// </summary>
public sealed class MattermostActionEndpoint(
    IChatInbox inbox,
    MattermostChatClient chat,
    ActionSigner signer,
    RecentTriggers triggers,
    ReplyText replyText,
    ReplyBudget budget,
    BotTexts texts,
    IHostApplicationLifetime lifetime,
    ILogger<MattermostActionEndpoint> logger)
{
    public const string Path = MattermostChatClient.ActionPath;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var click = await JsonBody.ReadAsync<MmActionRequest>(http);
        if (click is null || !FormFields.IsId(click.UserId) || !FormFields.IsOptionalId(click.ChannelId) || (click.UserName.Length > 0 && !FormFields.IsUsername(click.UserName)))
        {
            logger.LogWarning("Button click refused: malformed request (from {RemoteAddress})", http.Connection.RemoteIpAddress);
            return Results.BadRequest();
        }
        var command = click.Context?.Command ?? "";
        if (command.Length == 0 || !signer.IsValid("button", command, click.Context?.Signature))
        {
            logger.LogWarning("Button click refused: unsigned or forged context from user {UserId} on post {PostId}", click.UserId, click.PostId);
            return Ephemeral(texts.ActionNotRecognised());
        }
        if (!triggers.TryUse(click.TriggerId))
        {
            // Every real click carries a fresh trigger_id: none, or one seen before, means a replayed request.
            logger.LogWarning("Button click refused: trigger_id missing or already used (replay) from user {UserId} on post {PostId}", click.UserId, click.PostId);
            return Ephemeral(texts.ActionNotRecognised());
        }

        var user = new ChatUser(click.UserId, click.UserName.Length > 0 ? click.UserName : click.UserId);
        var request = new CommandRequest(user, click.ChannelId, command, click.TriggerId.Length > 0 ? click.TriggerId : null);
        var stopping = lifetime.ApplicationStopping;
        var work = AnswerAsync(request, stopping);
        if (await budget.FinishesInTimeAsync(work))
        {
            return Ephemeral(await work);
        }
        logger.LogInformation("Button click from {User} takes longer than the reply budget; the answer will follow by DM", user.Username);
        budget.FinishLater(work, text => chat.SendDirectAsync(user.Id, new OutgoingMessage(text), stopping), "Late answer to a button click");
        return Ephemeral(texts.WorkingOnIt());
    }

    private async Task<string> AnswerAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await inbox.HandleButtonAsync(request, cancellationToken);
            return await replyText.ForAsync(reply, request.TriggerId, request.User.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Button click from {User} failed", request.User.Username);
            return texts.SomethingWentWrong();
        }
    }

    private static IResult Ephemeral(string text) =>
        MattermostJson.Result(new MmActionResponse { EphemeralText = text });
}
