using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Texts;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// Turns the domain's <see cref="CommandReply"/> into the text Mattermost shows, opening the mission form first
/// when the reply asks for it (the trigger id expires within seconds, so the form goes before the answer).
/// </summary>
public sealed class ReplyText(MattermostChatClient chat, BotTexts texts, ILogger<ReplyText> logger)
{
    public async Task<string> ForAsync(CommandReply reply, string? triggerId, string userId, CancellationToken cancellationToken)
    {
        if (!reply.OpenMissionDialog)
        {
            return reply.PrivateText;
        }
        if (string.IsNullOrEmpty(triggerId))
        {
            return texts.FormUnavailable();
        }
        try
        {
            await chat.OpenMissionDialogAsync(triggerId, userId, texts.FormLabels, cancellationToken);
            logger.LogInformation("Mission form opened for user {UserId}", userId);
            return reply.PrivateText;
        }
        catch (MattermostApiException ex)
        {
            logger.LogWarning("Mission form could not be opened for user {UserId}: {Error}", userId, ex.Message);
            return texts.FormUnavailable();
        }
    }
}
