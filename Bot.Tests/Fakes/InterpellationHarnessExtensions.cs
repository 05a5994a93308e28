using MissionBot.Chat;

namespace MissionBot.Tests.Fakes;

/// <summary>Shortcuts for the targeted-calls tests: members with skills, and what the bot told them.</summary>
public static class InterpellationHarnessExtensions
{
    /// <summary>A chat account that declares skills (and a place) through the real commands.</summary>
    public static async Task<ChatUser> MemberAsync(this EngineHarness bot, string username, string skills = "", string place = "")
    {
        var user = bot.Chat.AddUser(username);
        if (skills.Length > 0)
        {
            var reply = await bot.CommandAsync(user, "skills add " + skills);
            Assert.That(reply.IsError, Is.False, reply.PrivateText);
        }
        if (place.Length > 0)
        {
            await bot.CommandAsync(user, "place " + place);
        }
        return user;
    }

    /// <summary>Posts a mission and returns its number.</summary>
    public static async Task<int> MissionAsync(this EngineHarness bot, ChatUser owner, string line)
    {
        var reply = await bot.CommandAsync(owner, "new " + line);
        Assert.That(reply.IsError, Is.False, reply.PrivateText);
        return bot.Database.Missions.Max(m => m.Number);
    }

    /// <summary>Private messages the bot started with this person (pings, questions, invitations, updates).</summary>
    public static IReadOnlyList<string> DirectTexts(this EngineHarness bot, ChatUser user) =>
        bot.Chat.DirectsTo(user).Select(m => m.Text).ToList();

    /// <summary>The bot's answers in this person's DM channel, after they wrote to it.</summary>
    public static IReadOnlyList<string> Replies(this EngineHarness bot, ChatUser user) =>
        bot.Chat.ChannelPosts($"dm-{user.Id}").Select(m => m.Text).ToList();

    public static string LastReply(this EngineHarness bot, ChatUser user)
    {
        var replies = bot.Replies(user);
        return replies.Count == 0 ? "" : replies[^1];
    }
}
