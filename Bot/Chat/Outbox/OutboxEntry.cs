namespace MissionBot.Chat.Outbox;

/// <summary>Something the bot must still send (or has sent), recorded before sending.</summary>
public sealed class OutboxEntry
{
    /// <summary>The message's idempotency key.</summary>
    public string Key { get; set; } = "";

    public OutboxKind Kind { get; set; }

    /// <summary>Channel id (post), user id (direct) or post's channel (update, reaction).</summary>
    public string Target { get; set; } = "";

    /// <summary>Post to edit or react to.</summary>
    public string PostId { get; set; } = "";

    public string Text { get; set; } = "";

    public string ThreadRootId { get; set; } = "";

    public List<OutboxButton> Buttons { get; set; } = [];

    public string Emoji { get; set; } = "";

    /// <summary>Name of the attached file (<see cref="OutboxKind.DirectFile"/>); its content is not kept.</summary>
    public string FileName { get; set; } = "";

    public OutboxState State { get; set; }

    /// <summary>
    /// May go out in one post with the plain DMs queued behind it for the same person (an owner's notices during a
    /// burst of volunteers); see <see cref="OutgoingMessage.MayJoinOthers"/>.
    /// </summary>
    public bool MayJoinOthers { get; set; }

    /// <summary>The entry whose post carries this one's text (<see cref="OutboxState.Joined"/>).</summary>
    public string JoinedInto { get; set; } = "";

    /// <summary>Keys of the entries whose texts go in this one's post, after its own, in order.</summary>
    public List<string> Carries { get; set; } = [];

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Recording order, across restarts: entries for one destination are sent in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>
    /// What the entry must keep its order within: a person's DM, a channel's new posts, or one post's edits and
    /// reactions. Edits and reactions do not wait behind the channel's other traffic: with every reaction and
    /// every announcement edit of a busy channel in one line, a burst of volunteers queued behind one another.
    /// </summary>
    public string Destination => Kind switch
    {
        OutboxKind.Direct or OutboxKind.DirectFile => "dm:" + Target,
        OutboxKind.Update or OutboxKind.Reaction => "post:" + PostId,
        _ => "channel:" + Target,
    };

    public DateTime? SentAt { get; set; }

    public string SentChannelId { get; set; } = "";

    public string SentPostId { get; set; } = "";

    /// <summary>
    /// Takes <paramref name="sender"/>'s delivery: its state, attempts, file name and where it went; not its text, nor
    /// what it carries or is joined to (only <see cref="Storage.OutboxRepository.Join"/> and an erasure change those).
    /// </summary>
    public void TakeDeliveryOf(OutboxEntry sender)
    {
        State = sender.State;
        Attempts = sender.Attempts;
        FileName = sender.FileName;
        SentAt = sender.SentAt;
        SentChannelId = sender.SentChannelId;
        SentPostId = sender.SentPostId;
    }

    /// <summary>
    /// A copy with lists of its own: the outbox keeps copies of what it stored (<see cref="Storage.OutboxRepository"/>),
    /// and the callers change theirs.
    /// </summary>
    public OutboxEntry Copy()
    {
        var copy = (OutboxEntry)MemberwiseClone();
        copy.Buttons = [.. Buttons];
        copy.Carries = [.. Carries];
        return copy;
    }

    public OutgoingMessage ToMessage() => new(Text)
    {
        ThreadRootId = ThreadRootId.Length == 0 ? null : ThreadRootId,
        Buttons = Buttons.Select(b => new ChatButton(b.Id, b.Label, b.Command)).ToList(),
        IdempotencyKey = Key,
        MayJoinOthers = MayJoinOthers,
    };
}
