using MissionBot.Chat.RocketChat;
using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Tests.Chat.RocketChat;

public sealed class RocketChatMessageFilterTests
{
    private const string Me = "bot-id";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private RocketChatMessageFilter _filter = null!;

    [SetUp]
    public void SetUp()
    {
        _filter = new RocketChatMessageFilter(rememberedIds: 3);
        _filter.StartListening(Start);
    }

    private static RcMessage Message(string id, int secondsAfterStart, string room = "general", string author = "bob", string? type = null, bool edited = false) => new()
    {
        Id = id,
        RoomId = room,
        Text = "hello",
        Timestamp = Start.AddSeconds(secondsAfterStart),
        User = new RcUserRef { Id = author, Username = author },
        Type = type,
        EditedAt = edited ? Start.AddSeconds(secondsAfterStart + 1) : null,
    };

    private MessageVerdict Judge(RcMessage message, string roomType = "c", bool participant = true) => _filter.Judge(message, roomType, participant, Me);

    [Test]
    public void NewMessage_IsNew_OnceOnly()
    {
        Assert.That(Judge(Message("a", 1)), Is.EqualTo(MessageVerdict.New));
        Assert.That(Judge(Message("a", 1)), Is.EqualTo(MessageVerdict.AlreadyHandled), "the stream re-sends a message when it changes");
    }

    [Test]
    public void MessageFromBeforeTheBotListened_IsOld()
    {
        Assert.That(Judge(Message("old", -60)), Is.EqualTo(MessageVerdict.OlderThanListening));
        Assert.That(Judge(Message("just-before", -1)), Is.EqualTo(MessageVerdict.New), "a server clock slightly behind is tolerated");
    }

    [TestCase("bot-id", null, false, "c", true, MessageVerdict.OwnMessage)]
    [TestCase("bob", "uj", false, "c", true, MessageVerdict.SystemMessage)]
    [TestCase("bob", null, true, "c", true, MessageVerdict.Edit)]
    [TestCase("bob", null, false, "c", false, MessageVerdict.RoomNotJoined)]
    [TestCase("bob", null, false, "d", false, MessageVerdict.New)]
    [TestCase("bob", null, false, "p", true, MessageVerdict.New)]
    [TestCase("bob", null, false, "l", true, MessageVerdict.UnsupportedRoom)]
    public void Message_IsClassified(string author, string? type, bool edited, string roomType, bool participant, MessageVerdict expected) =>
        Assert.That(Judge(Message("m", 5, author: author, type: type, edited: edited), roomType, participant), Is.EqualTo(expected));

    [Test]
    public void MessageWithoutAuthorOrDate_IsMalformed()
    {
        Assert.That(Judge(new RcMessage { Id = "x", RoomId = "general" }), Is.EqualTo(MessageVerdict.Malformed));
    }

    [Test]
    public void ForgottenIds_RaiseTheirRoomsFloor_SoAnOldMessageNeverComesBackAsNew()
    {
        foreach (var (id, second) in new[] { ("a", 1), ("b", 2), ("c", 3), ("d", 4) })
        {
            Judge(Message(id, second));
        }

        Assert.That(Judge(Message("a", 1)), Is.EqualTo(MessageVerdict.OlderThanListening), "'a' was forgotten, its time was not");
        Assert.That(Judge(Message("e", 5)), Is.EqualTo(MessageVerdict.New));
    }

    [Test]
    public void CatchUp_StartsAtTheNewestMessageSeenInTheRoom_IncludingIgnoredOnes()
    {
        Judge(Message("a", 10));
        Judge(Message("own", 20, author: Me));

        Assert.That(_filter.CatchUpSince("general", Start.AddHours(1)), Is.EqualTo(Start.AddSeconds(20)));
        Assert.That(_filter.CatchUpSince("quiet-room", Start.AddHours(1)), Is.EqualTo(Start - RocketChatMessageFilter.ClockSkew));
    }

    [Test]
    public void CatchUp_ThenTheSameMessageLive_IsHandledOnce()
    {
        var missed = Message("missed", 30);

        var fromCatchUp = Judge(missed);
        var fromStream = Judge(Message("missed", 30));

        Assert.That((fromCatchUp, fromStream), Is.EqualTo((MessageVerdict.New, MessageVerdict.AlreadyHandled)));
    }
}
