namespace MissionBot.Chat;

/// <summary>
/// Implemented by a platform's API exceptions so that the outbox knows whether sending again can help:
/// a refusal (400, 403, 404...) will be refused again; an outage or a rate limit may pass.
/// </summary>
public interface IChatFailure
{
    bool IsPermanent { get; }
}
