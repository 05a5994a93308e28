using System.Runtime.ExceptionServices;
using MissionBot.Chat;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Missions;

/// <summary>Writes and refreshes a mission's announcement post.</summary>
public sealed class Announcements(IChatClient chat, BotTexts texts, CandidacyRepository candidacies, IEnumerable<IAnnouncementLine> extraLines)
{
    private readonly Lock _renderGate = new();

    public OutgoingMessage Render(Mission mission)
    {
        var body = texts.Announcement(mission, candidacies.CountActive(mission.Number));
        var extras = extraLines.Select(l => l.LineFor(mission)).OfType<string>().Where(l => l.Length > 0).ToList();
        if (extras.Count > 0)
        {
            // Extra lines join the details; an open mission's last paragraph is the call to volunteer and stays last.
            var callToAction = mission.IsOpen ? body.LastIndexOf("\n\n", StringComparison.Ordinal) : -1;
            body = callToAction > 0
                ? body[..callToAction] + "\n" + string.Join("\n", extras) + body[callToAction..]
                : body.TrimEnd('\n') + "\n" + string.Join("\n", extras);
        }
        var text = SafeText.Truncate(body, chat.MaxMessageLength);
        var buttons = mission.IsOpen
            ? new[] { new ChatButton("join", texts.JoinButton, $"join {mission.Number}") }
            : [];
        return new OutgoingMessage(text) { Buttons = buttons };
    }

    /// <summary>
    /// Runs <paramref name="record"/> holding the turn that renders and records edits: a caller that records an edit
    /// inside a database transaction takes the turn first, since every refresh takes it before the database's locks.
    /// </summary>
    public void WhileRendering(Action record)
    {
        lock (_renderGate)
        {
            record();
        }
    }

    /// <summary>Posts the announcement; a failure is not retried later, since the caller then drops the mission.</summary>
    public Task<PostRef> PostAsync(string channelId, Mission mission, CancellationToken cancellationToken) =>
        chat.PostAsync(channelId, Render(mission) with { IdempotencyKey = $"announce:{mission.Number}:{mission.CreatedAt.Ticks}", RetryLater = false }, cancellationToken);

    /// <summary>Brings the announcement up to date (candidate count, status).</summary>
    public async Task RefreshAsync(Mission mission, CancellationToken cancellationToken)
    {
        if (mission.AnnouncementPostId.Length == 0)
        {
            return;
        }
        Task recorded;
        // Rendering and recording the edit happen together (the outbox records before its first await), so
        // edits are recorded in the order they were rendered and the newest state is the one that stays.
        lock (_renderGate)
        {
            recorded = chat.UpdatePostAsync(new PostRef(mission.ChannelId, mission.AnnouncementPostId), Render(mission), cancellationToken);
        }
        await recorded;
    }

    /// <summary>
    /// Sends <paramref name="message"/> to <paramref name="userId"/> and brings the announcement up to date, both
    /// recorded at once (see <see cref="IChatClient.SendDirectAndUpdatePostAsync"/>).
    /// </summary>
    public async Task RefreshAndSendDirectAsync(Mission mission, string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (mission.AnnouncementPostId.Length == 0)
        {
            await chat.SendDirectAsync(userId, message, cancellationToken);
            return;
        }
        Task recorded;
        Exception? renderFailure = null;
        lock (_renderGate)
        {
            OutgoingMessage? update = null;
            try
            {
                update = Render(mission);
            }
            catch (Exception ex)
            {
                // The message does not depend on the announcement: it goes alone, and the failure is reported after.
                renderFailure = ex;
            }
            recorded = update is null
                ? chat.SendDirectAsync(userId, message, cancellationToken)
                : chat.SendDirectAndUpdatePostAsync(userId, message, new PostRef(mission.ChannelId, mission.AnnouncementPostId), update, cancellationToken);
        }
        await recorded;
        if (renderFailure is not null)
        {
            ExceptionDispatchInfo.Throw(renderFailure);
        }
    }
}
