using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Texts;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// POST /hooks/mattermost/command: the /mission slash command, form-encoded as Mattermost sends it (PROTOCOLS A6).
/// A request without the command's token is refused with 401 before anything is read into the domain.
/// </summary>
public sealed class MattermostCommandEndpoint(
    IChatInbox inbox,
    MattermostChatClient chat,
    ReplyText replyText,
    ReplyBudget budget,
    BotTexts texts,
    IOptions<MattermostOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<MattermostCommandEndpoint> logger)
{
    public const string Path = "/hooks/mattermost/command";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        if (!RequestBody.Limit(http, RequestBody.MaxCommandBytes))
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (!http.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Results.StatusCode(ex.StatusCode);
        }
        catch (InvalidDataException)
        {
            return Results.BadRequest();
        }
        if (!HasValidToken(http.Request, form))
        {
            logger.LogWarning("Slash command refused: wrong or missing command token (from {RemoteAddress})", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        var userId = form["user_id"].ToString();
        var userName = form["user_name"].ToString();
        if (!FormFields.IsId(userId) || !FormFields.IsOptionalId(form["channel_id"].ToString()) || (userName.Length > 0 && !FormFields.IsUsername(userName)))
        {
            logger.LogWarning("Slash command refused: malformed user_id, channel_id or user_name (from {RemoteAddress})", http.Connection.RemoteIpAddress);
            return Results.BadRequest();
        }
        var triggerId = form["trigger_id"].ToString();
        var request = new CommandRequest(
            new ChatUser(userId, userName.Length > 0 ? userName : userId),
            form["channel_id"].ToString(),
            form["text"].ToString(),
            triggerId.Length > 0 ? triggerId : null);

        var stopping = lifetime.ApplicationStopping;
        var work = AnswerAsync(request, stopping);
        if (await budget.FinishesInTimeAsync(work))
        {
            return Ephemeral(await work);
        }
        var responseUrl = form["response_url"].ToString();
        logger.LogInformation("Command from {User} takes longer than the reply budget; the answer will follow", request.User.Username);
        budget.FinishLater(
            work,
            text => responseUrl.Length > 0
                ? chat.PostCommandResponseAsync(responseUrl, text, stopping)
                : chat.SendDirectAsync(userId, new OutgoingMessage(text), stopping),
            "Late answer to a slash command");
        return Ephemeral(texts.WorkingOnIt());
    }

    private async Task<string> AnswerAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await inbox.HandleCommandAsync(request, cancellationToken);
            return await replyText.ForAsync(reply, request.TriggerId, request.User.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Command from {User} failed", request.User.Username);
            return texts.SomethingWentWrong();
        }
    }

    /// <summary>The token comes as "Authorization: Token x" and as the form field "token"; compared in constant time.</summary>
    private bool HasValidToken(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        var given = header.StartsWith("Token ", StringComparison.OrdinalIgnoreCase) ? header["Token ".Length..].Trim() : form["token"].ToString();
        var expected = options.Value.CommandToken;
        // Hashing first gives both sides the same length, so the comparison time says nothing about the token.
        return given.Length > 0
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    private static IResult Ephemeral(string text) =>
        MattermostJson.Result(new MmCommandResponse { ResponseType = "ephemeral", Text = text });
}
