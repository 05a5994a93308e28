using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Channels: the team's public channels, direct-message channels, and membership.
public sealed partial class FakeMattermostServer
{
    private readonly Dictionary<string, FakeChannelState> _channels = [];

    /// <summary>A new public channel whose members are every person added so far (and the bot if asked).</summary>
    public FakeChannel AddChannel(string name, bool botIsMember = true)
    {
        var channel = CreateChannel(name, name, botIsMember);
        lock (_gate)
        {
            var members = _channels[channel.Id].Members;
            foreach (var user in _usersById.Values.Where(u => !_botIds.Contains(u.Id)))
            {
                members.Add(user.Id);
            }
        }
        NotifyChanged();
        return channel;
    }

    /// <summary>Adds someone (the bot included) to a channel, sending user_added as Mattermost does.</summary>
    public void AddToChannel(FakeChannel channel, FakeUser user)
    {
        lock (_gate)
        {
            var state = _channels[channel.Id];
            if (!state.Members.Add(user.Id))
            {
                return;
            }
            var data = new JsonObject { ["user_id"] = user.Id, ["team_id"] = channel.TeamId };
            BroadcastLocked("user_added", data, Broadcast(channelId: channel.Id), state.Members);
        }
        NotifyChanged();
    }

    /// <summary>Removes someone from a channel: they stop receiving its events and cannot post there.</summary>
    public void RemoveFromChannel(FakeChannel channel, FakeUser user)
    {
        lock (_gate)
        {
            var state = _channels[channel.Id];
            if (state.Members.Remove(user.Id))
            {
                var data = new JsonObject { ["user_id"] = user.Id, ["remover_id"] = "" };
                BroadcastLocked("user_removed", data, Broadcast(channelId: channel.Id), [user.Id]);
            }
        }
        NotifyChanged();
    }

    public bool IsMember(FakeChannel channel, FakeUser user)
    {
        lock (_gate)
        {
            return _channels[channel.Id].Members.Contains(user.Id);
        }
    }

    /// <summary>The person (not the bot) in a bot DM channel, or null when the id is not such a channel.</summary>
    public string? DirectChannelMember(string channelId)
    {
        lock (_gate)
        {
            return _channels.TryGetValue(channelId, out var channel) && channel.Channel.Type == "D"
                ? channel.Members.FirstOrDefault(m => m != Bot.Id)
                : null;
        }
    }

    /// <summary>The DM channel between the bot and this person, if one exists yet.</summary>
    public FakeChannel? DirectChannelWith(FakeUser user)
    {
        lock (_gate)
        {
            var name = DirectChannelName(Bot.Id, user.Id);
            return _channels.Values.FirstOrDefault(c => c.Channel.Name == name)?.Channel;
        }
    }

    private FakeChannel CreateChannel(string name, string displayName, bool botIsMember)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var channel = new FakeChannel(MattermostIds.NewId(), name, "O", Team.Id);
        lock (_gate)
        {
            if (_channels.Values.Any(c => c.Channel.Name == name))
            {
                throw new ArgumentException($"The channel {name} already exists.", nameof(name));
            }
            var state = new FakeChannelState(channel, displayName, Bot.Id, _startedAt);
            if (botIsMember)
            {
                state.Members.Add(Bot.Id);
            }
            _channels[channel.Id] = state;
        }
        return channel;
    }

    private static string DirectChannelName(string userA, string userB) =>
        string.CompareOrdinal(userA, userB) <= 0 ? $"{userA}__{userB}" : $"{userB}__{userA}";

    /// <summary>Finds or creates the DM channel of two users; a new one is announced with direct_added.</summary>
    private FakeChannelState GetOrCreateDirectChannel(FakeUser creator, FakeUser other)
    {
        var name = DirectChannelName(creator.Id, other.Id);
        lock (_gate)
        {
            var existing = _channels.Values.FirstOrDefault(c => c.Channel.Name == name);
            if (existing is not null)
            {
                return existing;
            }
            var channel = new FakeChannel(MattermostIds.NewId(), name, "D", "");
            var state = new FakeChannelState(channel, "", creator.Id, NextTimestamp());
            state.Members.Add(creator.Id);
            state.Members.Add(other.Id);
            _channels[channel.Id] = state;
            var data = new JsonObject { ["creator_id"] = creator.Id, ["teammate_id"] = other.Id };
            BroadcastLocked("direct_added", data, Broadcast(channelId: channel.Id), state.Members);
            return state;
        }
    }

    private FakeChannelState? FindChannel(string channelId)
    {
        lock (_gate)
        {
            return _channels.GetValueOrDefault(channelId);
        }
    }

    private bool IsMemberOf(FakeChannelState state, string userId)
    {
        lock (_gate)
        {
            return state.Members.Contains(userId);
        }
    }

    /// <summary>Public channels are readable by every team member; DMs only by their two members.</summary>
    private bool CanRead(FakeChannelState state, string userId) =>
        state.Channel.Type == "O" || IsMemberOf(state, userId);

    private JsonObject ChannelJson(FakeChannelState state)
    {
        lock (_gate)
        {
            return MattermostJson.Channel(state);
        }
    }

    private JsonArray ChannelsOf(string userId, Func<FakeChannelState, bool> filter)
    {
        lock (_gate)
        {
            return new JsonArray([.. _channels.Values.Where(c => c.Members.Contains(userId) && filter(c)).Select(MattermostJson.Channel)]);
        }
    }

    private static IResult ChannelNotFound() =>
        Error(StatusCodes.Status404NotFound, "app.channel.get.existing.app_error", "Unable to find the existing channel.");

    private static IResult ChannelNameNotFound() =>
        Error(StatusCodes.Status404NotFound, "app.channel.get_by_name.missing.app_error", "Unable to find the existing channel.");

    private IResult ChannelByName(HttpContext context, string channelName)
    {
        FakeChannelState? state;
        lock (_gate)
        {
            state = _channels.Values.FirstOrDefault(c => c.Channel.TeamId == Team.Id && c.Channel.Name == channelName);
        }
        if (state is null)
        {
            return ChannelNameNotFound();
        }
        return CanRead(state, Caller(context).Id) ? Json(ChannelJson(state)) : Forbidden();
    }

    private void MapChannelRoutes(WebApplication app)
    {
        app.MapGet("/api/v4/users/{user_id}/channels", (HttpContext context, string user_id) =>
            IsSelf(context, user_id) ? Json(ChannelsOf(Caller(context).Id, _ => true)) : Forbidden());

        app.MapGet("/api/v4/users/{user_id}/teams/{team_id}/channels", (HttpContext context, string user_id, string team_id) =>
        {
            if (!IsSelf(context, user_id))
            {
                return Forbidden();
            }
            // Mattermost lists DMs with every team's channels.
            return team_id == Team.Id
                ? Json(ChannelsOf(Caller(context).Id, c => c.Channel.TeamId == team_id || c.Channel.TeamId.Length == 0))
                : Forbidden();
        });

        app.MapGet("/api/v4/channels/{channel_id}", (HttpContext context, string channel_id) =>
        {
            var state = FindChannel(channel_id);
            if (state is null)
            {
                return ChannelNotFound();
            }
            return CanRead(state, Caller(context).Id) ? Json(ChannelJson(state)) : Forbidden();
        });

        app.MapGet("/api/v4/teams/{team_id}/channels/name/{channel_name}", (HttpContext context, string team_id, string channel_name) =>
            team_id == Team.Id ? ChannelByName(context, channel_name) : ChannelNameNotFound());

        app.MapGet("/api/v4/teams/name/{team_name}/channels/name/{channel_name}", (HttpContext context, string team_name, string channel_name) =>
            team_name == Team.Name ? ChannelByName(context, channel_name) : ChannelNameNotFound());

        app.MapGet("/api/v4/channels/{channel_id}/members/{user_id}", (HttpContext context, string channel_id, string user_id) =>
        {
            var state = FindChannel(channel_id);
            if (state is null)
            {
                return ChannelNotFound();
            }
            if (!CanRead(state, Caller(context).Id))
            {
                return Forbidden();
            }
            var userId = user_id == "me" ? Caller(context).Id : user_id;
            return IsMemberOf(state, userId)
                ? Json(MattermostJson.ChannelMember(state.Channel.Id, userId, _startedAt))
                : Error(StatusCodes.Status404NotFound, "app.channel.get_member.missing.app_error", "No channel member found for that user ID and channel ID.");
        });

        app.MapPost("/api/v4/channels/direct", Handler(async context =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var body = await ReadJsonAsync(context.Request);
            if (body is not JsonArray { Count: 2 } ids || ids.Any(n => n?.GetValueKind() != JsonValueKind.String))
            {
                return InvalidBody("user_ids");
            }
            var first = FindUserById(ids[0]!.GetValue<string>());
            var second = FindUserById(ids[1]!.GetValue<string>());
            if (first is null || second is null)
            {
                return InvalidBody("user_ids", "a user in the list does not exist");
            }
            var caller = Caller(context);
            if (caller.Id != first.Id && caller.Id != second.Id)
            {
                return Forbidden();
            }
            var other = caller.Id == first.Id ? second : first;
            var state = GetOrCreateDirectChannel(caller, other);
            context.Response.OnCompleted(() =>
            {
                DirectChannelServed?.Invoke(caller, other, started, System.Diagnostics.Stopwatch.GetTimestamp());
                return Task.CompletedTask;
            });
            NotifyChanged();
            // Mattermost answers 201 even when the channel already existed.
            return Json(ChannelJson(state), StatusCodes.Status201Created);
        }));
    }
}
