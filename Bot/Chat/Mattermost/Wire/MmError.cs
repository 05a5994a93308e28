namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>Mattermost's error body, e.g. {"id":"api.post.create_post.root_id.app_error","message":"...","status_code":400}.</summary>
internal sealed class MmError
{
    public string Id { get; set; } = "";

    public string Message { get; set; } = "";

    public int StatusCode { get; set; }
}
