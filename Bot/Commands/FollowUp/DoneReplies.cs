using MissionBot.Chat;
using MissionBot.FollowUp;
using MissionBot.Missions;
using MissionBot.Texts;
using MissionBot.Texts.FollowUp;

namespace MissionBot.Commands.FollowUp;

/// <summary>The answer to "done 12" (and to "close 12" on a filled mission).</summary>
public sealed class DoneReplies(FollowUpTexts texts, BotTexts core)
{
    public CommandReply For(int number, DoneOutcome outcome, Mission? mission, int asked) => outcome switch
    {
        DoneOutcome.Done => CommandReply.Private(texts.Completed(mission!, asked)),
        DoneOutcome.NotAllowed => CommandReply.Error(texts.NotAllowed(mission!)),
        DoneOutcome.NotFilled => CommandReply.Error(texts.NotFilled(mission!)),
        DoneOutcome.AlreadyDone => CommandReply.Error(texts.AlreadyDone(mission!)),
        _ => CommandReply.Error(core.MissionNotFound(number)),
    };
}
