using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

// The server calling the bot, exactly as Mattermost does: slash commands, button clicks, dialog submissions.
public sealed partial class FakeMattermostServer
{
    /// <summary>
    /// Someone types "/mission {text}": POSTs the form Mattermost sends (with a fresh trigger_id and
    /// response_url) to <paramref name="commandUrl"/> with "Authorization: Token ...". The channel defaults to
    /// town-square. Returns the bot's response as is (its content already buffered).
    /// </summary>
    public async Task<HttpResponseMessage> SendSlashCommandAsync(string commandUrl, FakeUser user, string text,
        string? token = null, string? channelId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var channel = FindChannel(channelId ?? TownSquare.Id) ?? throw new ArgumentException($"Unknown channel {channelId}.", nameof(channelId));
        var trigger = NewTrigger(user, channel.Channel.Id);
        var hook = NewCommandWebhook();
        var commandToken = token ?? CommandToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, commandUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = commandToken,
                ["team_id"] = Team.Id,
                ["team_domain"] = Team.Name,
                ["channel_id"] = channel.Channel.Id,
                ["channel_name"] = channel.Channel.Name,
                ["user_id"] = user.Id,
                ["user_name"] = user.Username,
                ["command"] = "/mission",
                ["text"] = text,
                ["trigger_id"] = trigger.Id,
                ["response_url"] = $"{Url}/hooks/commands/{hook}",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", commandToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await SendToBotAsync(request);
    }

    /// <summary>
    /// Someone clicks the button <paramref name="actionId"/> of a post: POSTs Mattermost's action request to
    /// the button's integration.url, then applies the answer as Mattermost would (update → the post is
    /// edited; ephemeral_text → recorded in <see cref="Ephemerals"/>). Returns the bot's response as is.
    /// </summary>
    public async Task<HttpResponseMessage> ClickButtonAsync(FakePost post, string actionId, FakeUser user)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(user);
        var action = FindAction(post, actionId);
        var url = OptionalString(action["integration"] as JsonObject ?? [], "url")
            ?? throw new InvalidOperationException($"The button {actionId} of post {post.Id} has no integration.url.");
        var channel = FindChannel(post.ChannelId)!;
        var trigger = NewTrigger(user, post.ChannelId);
        var payload = new JsonObject
        {
            ["user_id"] = user.Id,
            ["user_name"] = user.Username,
            ["channel_id"] = post.ChannelId,
            ["channel_name"] = channel.Channel.Name,
            ["team_id"] = Team.Id,
            ["team_domain"] = Team.Name,
            ["post_id"] = post.Id,
            ["trigger_id"] = trigger.Id,
            ["type"] = OptionalString(action, "type") ?? "button",
            ["data_source"] = OptionalString(action, "data_source") ?? "",
            ["context"] = action["integration"]?["context"]?.DeepClone() ?? new JsonObject(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(payload) };
        var response = await SendToBotAsync(request);
        if (response.IsSuccessStatusCode)
        {
            await ApplyActionResponseAsync(post, user, response);
        }
        return response;
    }

    /// <summary>
    /// Someone submits the last dialog the bot opened: POSTs the dialog_submission to its url, with the
    /// callback_id and state the bot gave. Returns the bot's response as is.
    /// </summary>
    public Task<HttpResponseMessage> SubmitDialogAsync(FakeUser user, IReadOnlyDictionary<string, object?> submission) =>
        SendDialogAsync(user, JsonSerializer.SerializeToNode(submission) ?? new JsonObject(), cancelled: false);

    /// <summary>Someone closes the last dialog without submitting it (sent whatever notify_on_cancel says, so
    /// tests can check the bot ignores it or not).</summary>
    public Task<HttpResponseMessage> CancelDialogAsync(FakeUser user) =>
        SendDialogAsync(user, new JsonObject(), cancelled: true);

    private async Task<HttpResponseMessage> SendDialogAsync(FakeUser user, JsonNode submission, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(user);
        FakeDialog dialog;
        FakeTrigger trigger;
        lock (_gate)
        {
            dialog = _dialogs.LastOrDefault() ?? throw new InvalidOperationException("The bot has not opened any dialog.");
            trigger = _triggers[dialog.TriggerId];
        }
        var payload = new JsonObject
        {
            ["type"] = "dialog_submission",
            ["callback_id"] = OptionalString(dialog.Dialog, "callback_id") ?? "",
            ["state"] = OptionalString(dialog.Dialog, "state") ?? "",
            ["user_id"] = user.Id,
            ["channel_id"] = trigger.ChannelId,
            ["team_id"] = Team.Id,
            ["submission"] = submission,
            ["cancelled"] = cancelled,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, dialog.Url) { Content = JsonContent.Create(payload) };
        return await SendToBotAsync(request);
    }

    private async Task<HttpResponseMessage> SendToBotAsync(HttpRequestMessage request)
    {
        var response = await _outgoing.SendAsync(request, _stopping.Token);
        // Buffered so the test can read the body after we looked at it.
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static JsonObject FindAction(FakePost post, string actionId)
    {
        var actions = (post.Props["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(a => (a["actions"] as JsonArray ?? []).OfType<JsonObject>())
            .ToList();
        return actions.FirstOrDefault(a => OptionalString(a, "id") == actionId)
            ?? throw new InvalidOperationException(
                $"Post {post.Id} has no button with id \"{actionId}\"; its buttons: {string.Join(", ", actions.Select(a => OptionalString(a, "id") ?? "(no id)"))}.");
    }

    /// <summary>`update` edits the post (props: null keeps them, an object replaces them); `ephemeral_text`
    /// is shown to the clicking user only.</summary>
    private async Task ApplyActionResponseAsync(FakePost post, FakeUser user, HttpResponseMessage response)
    {
        JsonObject? answer;
        try
        {
            answer = JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject;
        }
        catch (JsonException)
        {
            return;
        }
        if (answer is null)
        {
            return;
        }
        lock (_gate)
        {
            if (answer["update"] is JsonObject update && !post.IsDeleted)
            {
                var now = NextTimestamp();
                if (OptionalString(update, "message") is { } message && message != post.Message)
                {
                    post.Message = message;
                    post.EditAt = now;
                }
                if (update["props"] is JsonObject props)
                {
                    var replaced = (JsonObject)props.DeepClone();
                    if (IsBot(post.UserId))
                    {
                        replaced["from_bot"] = "true";
                    }
                    post.Props = replaced;
                }
                post.UpdateAt = now;
                BroadcastPostChangedLocked("post_edited", post);
            }
            if (OptionalString(answer, "ephemeral_text") is { Length: > 0 } text)
            {
                _ephemerals.Add(new FakeEphemeral(user.Id, post.ChannelId, text));
                var ephemeral = new FakePost(MattermostIds.NewId(), post.ChannelId, Bot.Id, post.RootId, text, [], Now()) { Type = "system_ephemeral" };
                var data = new JsonObject { ["post"] = MattermostJson.Post(ephemeral, 0).ToJsonString() };
                BroadcastLocked("ephemeral_message", data, Broadcast(channelId: post.ChannelId, userId: user.Id), [user.Id]);
            }
        }
        NotifyChanged();
    }
}
