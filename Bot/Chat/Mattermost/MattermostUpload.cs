namespace MissionBot.Chat.Mattermost;

/// <summary>
/// A multipart/form-data body for <see cref="MattermostCall"/>: plain form fields, then one file under
/// <paramref name="FileField"/> (Mattermost's upload reads the part named "files").
/// </summary>
public sealed record MattermostUpload(IReadOnlyDictionary<string, string> Fields, string FileField, ChatFile File);
