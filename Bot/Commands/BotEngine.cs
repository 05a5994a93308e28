using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// The domain's front door for every adapter: commands, button clicks, thread replies and DMs.
/// Every input gets a short answer; invalid input changes nothing.
/// </summary>
public sealed class BotEngine(
    CommandParser parser,
    MissionDraftParser draftParser,
    MissionService service,
    MissionRepository missions,
    CandidacyRepository candidacies,
    PersonRepository people,
    PhraseMatcher phrases,
    IChatClient chat,
    BotTexts texts,
    TimeProvider clock,
    ILogger<BotEngine> logger) : IChatInbox
{
    public Task<CommandReply> HandleCommandAsync(CommandRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, CandidacySource.Command, cancellationToken);

    public Task<CommandReply> HandleButtonAsync(CommandRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, CandidacySource.Button, cancellationToken);

    public async Task<CommandReply> HandleMissionFormAsync(ChatUser user, MissionForm form, CancellationToken cancellationToken)
    {
        Touch(user);
        var result = draftParser.FromForm(form);
        return result.Draft is null
            ? CommandReply.Error(texts.Error(result.Error!))
            : await CreateAsync(result.Draft, user, cancellationToken);
    }

    public async Task HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Author.Id == chat.Me.Id)
        {
            return;
        }
        if (message.IsDirect)
        {
            await HandleDirectAsync(message, cancellationToken);
            return;
        }
        if (message.IsThreadReply && missions.FindByAnnouncement(message.ThreadRootId!) is { } mission)
        {
            await HandleThreadReplyAsync(mission, message, cancellationToken);
        }
    }

    private async Task<CommandReply> RunAsync(CommandRequest request, CandidacySource joinSource, CancellationToken cancellationToken)
    {
        Touch(request.User);
        if (chat.MeasureLength(request.Text) > chat.MaxMessageLength)
        {
            return CommandReply.Error(texts.CommandTooLong(chat.MaxMessageLength));
        }
        var command = parser.Parse(request.Text);
        logger.LogInformation("Command {Command} from {User}", command.GetType().Name, request.User.Username);
        return command switch
        {
            HelpCommand => CommandReply.Private(texts.Help()),
            ListCommand => List(),
            ShowCommand show => Show(show.MissionNumber, request.User),
            NewMissionCommand { Draft: null } => new CommandReply(texts.FormOpened()) { OpenMissionDialog = true },
            NewMissionCommand { Draft: { } draft } => await CreateAsync(draft, request.User, cancellationToken),
            JoinCommand join => await JoinAsync(join.MissionNumber, request.User, joinSource, cancellationToken),
            LeaveCommand leave => await LeaveAsync(leave.MissionNumber, request.User, cancellationToken),
            InvalidCommand invalid => CommandReply.Error(texts.Error(invalid.Error)),
            _ => CommandReply.Error(texts.Help()),
        };
    }

    private async Task<CommandReply> CreateAsync(MissionDraft draft, ChatUser owner, CancellationToken cancellationToken)
    {
        var mission = await service.CreateAsync(draft, owner, cancellationToken);
        return mission is null ? CommandReply.Error(texts.MissionNotPosted()) : CommandReply.Private(texts.MissionPosted(mission));
    }

    private CommandReply List()
    {
        var open = missions.ListOpen();
        return CommandReply.Private(open.Count == 0 ? texts.NoOpenMissions() : texts.OpenMissions(open));
    }

    private CommandReply Show(int number, ChatUser viewer)
    {
        if (missions.Find(number) is not { } mission)
        {
            return CommandReply.Error(texts.MissionNotFound(number));
        }
        var isCandidate = candidacies.Find(number, viewer.Id) is { Status: not CandidacyStatus.Withdrawn };
        return CommandReply.Private(texts.MissionDetails(mission, candidacies.CountActive(number), isCandidate));
    }

    private async Task<CommandReply> JoinAsync(int number, ChatUser user, CandidacySource source, CancellationToken cancellationToken)
    {
        var (outcome, mission) = await service.JoinAsync(number, user, source, "", cancellationToken);
        return outcome switch
        {
            JoinOutcome.Joined => CommandReply.Private(texts.VolunteerAcknowledged(mission!)),
            JoinOutcome.AlreadyCandidate => CommandReply.Private(texts.AlreadyCandidate(mission!)),
            JoinOutcome.OwnerRefused => CommandReply.Error(texts.OwnerCannotVolunteer(mission!)),
            JoinOutcome.NotOpen => CommandReply.Error(texts.MissionNotOpen(mission!)),
            _ => CommandReply.Error(texts.MissionNotFound(number)),
        };
    }

    private async Task<CommandReply> LeaveAsync(int number, ChatUser user, CancellationToken cancellationToken)
    {
        var (outcome, mission) = await service.LeaveAsync(number, user, cancellationToken);
        return outcome switch
        {
            LeaveOutcome.Left => CommandReply.Private(texts.Withdrawn(mission!)),
            LeaveOutcome.NotCandidate => CommandReply.Error(texts.NotCandidate(mission!)),
            _ => CommandReply.Error(texts.MissionNotFound(number)),
        };
    }

    /// <summary>A reply in an announcement's thread: a volunteer phrase, a withdrawal, or anything else (left alone).</summary>
    private async Task HandleThreadReplyAsync(Mission mission, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (phrases.IsWithdrawal(message.Text))
        {
            Touch(message.Author);
            var (left, _) = await service.LeaveAsync(mission.Number, message.Author, cancellationToken);
            if (left == LeaveOutcome.Left)
            {
                await DirectAsync(message.Author, texts.Withdrawn(mission), cancellationToken);
            }
            return;
        }
        if (!phrases.IsVolunteering(message.Text))
        {
            return;
        }
        Touch(message.Author);
        var (outcome, _) = await service.JoinAsync(mission.Number, message.Author, CandidacySource.Thread, message.PostId, cancellationToken);
        switch (outcome)
        {
            case JoinOutcome.Joined:
                await chat.AddReactionAsync(message.Ref, "white_check_mark", cancellationToken);
                await DirectAsync(message.Author, texts.VolunteerAcknowledged(mission), cancellationToken);
                break;
            case JoinOutcome.OwnerRefused:
                await DirectAsync(message.Author, texts.OwnerCannotVolunteer(mission), cancellationToken);
                break;
            case JoinOutcome.NotOpen:
                await DirectAsync(message.Author, texts.MissionNotOpen(mission), cancellationToken);
                break;
            default:
                // Already a candidate: a second "+1" changes nothing and needs no second answer.
                break;
        }
    }

    /// <summary>In a DM the whole message is a command, with or without "/mission" in front.</summary>
    private async Task HandleDirectAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var text = StripCommandWord(message.Text);
        var reply = await RunAsync(new CommandRequest(message.Author, message.ChannelId, text), CandidacySource.Command, cancellationToken);
        var answer = reply.OpenMissionDialog ? texts.Usage("new") : reply.PrivateText;
        await chat.PostAsync(message.ChannelId, new OutgoingMessage(answer), cancellationToken);
    }

    private static string StripCommandWord(string text)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "/mission", "!mission", "mission" })
        {
            if (t.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) || t.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return t[prefix.Length..].Trim();
            }
        }
        return t;
    }

    private Task<PostRef> DirectAsync(ChatUser user, string text, CancellationToken cancellationToken) =>
        chat.SendDirectAsync(user.Id, new OutgoingMessage(text), cancellationToken);

    private void Touch(ChatUser user) => people.Touch(user, clock.GetUtcNow().UtcDateTime);
}
