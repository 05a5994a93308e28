using MissionBot.Chat;

namespace MissionBot.Tests.Fakes;

/// <summary>One message the bot sent; <see cref="DirectTo"/> is the recipient's id for a DM, <see cref="File"/> its attachment.</summary>
public sealed record SentMessage(PostRef Post, OutgoingMessage Message, string? DirectTo, ChatFile? File = null)
{
    public string Text => Message.Text;

    public string ChannelId => Post.ChannelId;
}
