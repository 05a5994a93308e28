namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>A file uploaded with <c>rooms.media</c>; it shows in the room once confirmed (<see cref="MessageId"/> set).</summary>
public sealed class FakeRcFile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The MIME type given with the file part.</summary>
    public required string Type { get; init; }

    public required byte[] Content { get; init; }

    public required string RoomId { get; init; }

    /// <summary>Who uploaded it: only they can confirm it.</summary>
    public required string UserId { get; init; }

    /// <summary>The message showing the file, once <c>rooms.mediaConfirm</c> ran; null before.</summary>
    public string? MessageId { get; set; }

    public string Url => $"/file-upload/{Id}/{Uri.EscapeDataString(Name)}";
}
