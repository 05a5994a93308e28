using System.Text;
using MissionBot.Chat;

namespace MissionBot.Reports;

/// <summary>
/// Sends a file by DM. On a platform that cannot attach files the content goes inline when it fits in one
/// message, otherwise the text goes with <c>tooBigNote</c>. Returns false when nothing could be sent.
/// </summary>
public sealed class FileDelivery(IChatClient chat, ILogger<FileDelivery> logger)
{
    public async Task<bool> SendAsync(string userId, string text, ChatFile file, string key, string tooBigNote, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectFileAsync(userId, new OutgoingMessage(text) { IdempotencyKey = key }, file, cancellationToken);
            return true;
        }
        catch (NotSupportedException)
        {
            var inline = $"{text}\n\n`{file.FileName}`\n~~~\n{Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF')}\n~~~";
            var message = chat.MeasureLength(inline) <= chat.MaxMessageLength ? inline : $"{text}\n\n{tooBigNote}";
            return await TrySendAsync(userId, new OutgoingMessage(message) { IdempotencyKey = key + ":inline" }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("File {FileName} not sent: {Error}", file.FileName, ex.Message);
            return false;
        }
    }

    private async Task<bool> TrySendAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectAsync(userId, message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Inline export not sent yet: {Error}", ex.Message);
            return false;
        }
    }
}
