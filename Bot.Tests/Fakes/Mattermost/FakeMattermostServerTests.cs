using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// The fake must behave like Mattermost for the adapter's protocol tests to mean anything: these drive it with
/// plain HttpClient and ClientWebSocket, never with the bot's code.
/// </summary>
public sealed class FakeMattermostServerTests
{
    private FakeMattermostServer _server = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeMattermostServer.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url) };
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    // ---- REST: authentication and identity ----

    [Test]
    public async Task Api_WithoutToken_Answers401WithMattermostErrorJson()
    {
        var (status, body) = await CallAsync(HttpMethod.Get, "/api/v4/users/me", token: null);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.context.session_expired.app_error"));
            Assert.That(body["status_code"]!.GetValue<int>(), Is.EqualTo(401));
            Assert.That(body["message"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(body["request_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(body["detailed_error"]!.GetValue<string>(), Is.Empty);
            Assert.That(_server.Requests, Has.Some.EqualTo(new FakeRequest("GET", "/api/v4/users/me", 401)));
        });
    }

    [Test]
    public async Task Api_WithUnknownToken_Answers401()
    {
        var (status, body) = await CallAsync(HttpMethod.Get, "/api/v4/users/me", token: "not-a-token");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.context.session_expired.app_error"));
    }

    [Test]
    public async Task UsersMe_WithBotToken_IsTheBotAccount_AndPeopleHaveNoIsBot()
    {
        var alice = _server.AddUser("alice");

        var (_, bot) = await CallAsync(HttpMethod.Get, "/api/v4/users/me");
        var (_, person) = await CallAsync(HttpMethod.Get, "/api/v4/users/me", token: alice.Token);

        Assert.Multiple(() =>
        {
            Assert.That(bot["id"]!.GetValue<string>(), Is.EqualTo(_server.Bot.Id).And.Match("^[a-z0-9]{26}$"));
            Assert.That(bot["username"]!.GetValue<string>(), Is.EqualTo("missionbot"));
            Assert.That(bot["is_bot"]!.GetValue<bool>(), Is.True);
            Assert.That(person["username"]!.GetValue<string>(), Is.EqualTo("alice"));
            Assert.That(person.AsObject().ContainsKey("is_bot"), Is.False);
        });
    }

    [Test]
    public async Task UserLookups_FindPeopleByIdAndUsername_AndUnknownIs404()
    {
        var alice = _server.AddUser("alice");
        var bob = _server.AddUser("bob");

        var (_, byId) = await CallAsync(HttpMethod.Get, $"/api/v4/users/{alice.Id}");
        var (_, byName) = await CallAsync(HttpMethod.Get, "/api/v4/users/username/bob");
        var (_, byNames) = await CallAsync(HttpMethod.Post, "/api/v4/users/usernames", new JsonArray("alice", "bob", "nobody"));
        var (missingStatus, missing) = await CallAsync(HttpMethod.Get, "/api/v4/users/username/nobody");

        Assert.Multiple(() =>
        {
            Assert.That(byId["username"]!.GetValue<string>(), Is.EqualTo("alice"));
            Assert.That(byName["id"]!.GetValue<string>(), Is.EqualTo(bob.Id));
            Assert.That(byNames.AsArray().Select(u => u!["username"]!.GetValue<string>()), Is.EquivalentTo(new[] { alice.Username, bob.Username }));
            Assert.That(missingStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing["status_code"]!.GetValue<int>(), Is.EqualTo(404));
        });
    }

    [Test]
    public async Task TeamAndChannelByName_AreFound_AndUnknownChannelIs404()
    {
        var (_, teams) = await CallAsync(HttpMethod.Get, "/api/v4/users/me/teams");
        var (_, team) = await CallAsync(HttpMethod.Get, "/api/v4/teams/name/reseau");
        var (_, channel) = await CallAsync(HttpMethod.Get, $"/api/v4/teams/{_server.Team.Id}/channels/name/missions");
        var (missingStatus, missing) = await CallAsync(HttpMethod.Get, $"/api/v4/teams/{_server.Team.Id}/channels/name/nowhere");

        Assert.Multiple(() =>
        {
            Assert.That(teams.AsArray().Single()!["name"]!.GetValue<string>(), Is.EqualTo("reseau"));
            Assert.That(team["id"]!.GetValue<string>(), Is.EqualTo(_server.Team.Id));
            Assert.That(channel["id"]!.GetValue<string>(), Is.EqualTo(_server.MissionsChannel.Id));
            Assert.That(channel["type"]!.GetValue<string>(), Is.EqualTo("O"));
            Assert.That(missingStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing["id"]!.GetValue<string>(), Is.EqualTo("app.channel.get_by_name.missing.app_error"));
        });
    }

    [Test]
    public async Task ClientConfig_OldFormat_GivesMaxPostSizeAsString()
    {
        var (status, config) = await CallAsync(HttpMethod.Get, "/api/v4/config/client?format=old", token: null);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(config["MaxPostSize"]!.GetValue<string>(), Is.EqualTo("16383"));
    }

    // ---- REST: posts ----

    [Test]
    public async Task CreatePost_ByBot_Answers201_AddsFromBot_AndIsRecorded()
    {
        var (status, post) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Mission #1" });

        var stored = _server.PostsIn(_server.MissionsChannel.Id).Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(post["id"]!.GetValue<string>(), Is.EqualTo(stored.Id).And.Match("^[a-z0-9]{26}$"));
            Assert.That(post["user_id"]!.GetValue<string>(), Is.EqualTo(_server.Bot.Id));
            Assert.That(post["root_id"]!.GetValue<string>(), Is.Empty);
            Assert.That(post["create_at"]!.GetValue<long>(), Is.GreaterThan(1_600_000_000_000));
            Assert.That(post["props"]!["from_bot"]!.GetValue<string>(), Is.EqualTo("true"));
            Assert.That(stored.Message, Is.EqualTo("Mission #1"));
        });
    }

    [Test]
    public async Task ThreadReply_IsAccepted_ButReplyToAReplyIsRefusedWithRootIdError()
    {
        var alice = _server.AddUser("alice");
        var root = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Qui m'aide ?");

        var (replyStatus, reply) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Moi", ["root_id"] = root.Id });
        var (nestedStatus, nested) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Encore", ["root_id"] = reply["id"]!.GetValue<string>() });

        Assert.Multiple(() =>
        {
            Assert.That(replyStatus, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(reply["root_id"]!.GetValue<string>(), Is.EqualTo(root.Id));
            Assert.That(nestedStatus, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(nested["id"]!.GetValue<string>(), Is.EqualTo("api.post.create_post.root_id.app_error"));
            Assert.That(nested["status_code"]!.GetValue<int>(), Is.EqualTo(400));
            Assert.That(_server.Posts, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task ThreadReply_ToAPostThatDoesNotExist_IsRefusedWithRootIdError()
    {
        var (status, error) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Moi", ["root_id"] = MattermostIds.NewId() });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["id"]!.GetValue<string>(), Is.EqualTo("api.post.create_post.root_id.app_error"));
    }

    [Test]
    public void UserReplyToAReply_IsRefusedToTheTest()
    {
        var alice = _server.AddUser("alice");

        Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            var root = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Mission ?");
            var reply = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Oui", root.Id);
            await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Non", reply.Id);
        });
    }

    [Test]
    public async Task CreatePost_CountsRunesNotUtf16Units_AndRefusesMoreThan16383()
    {
        // 16383 emoji are 32766 UTF-16 units but 16383 runes: allowed; one more rune is refused.
        var longest = string.Concat(Enumerable.Repeat("🎉", FakeMattermostServer.MaxPostRunes));

        var (okStatus, _) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.TownSquare.Id, ["message"] = longest });
        var (tooLongStatus, error) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.TownSquare.Id, ["message"] = longest + "!" });

        Assert.Multiple(() =>
        {
            Assert.That(okStatus, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(tooLongStatus, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error["id"]!.GetValue<string>(), Is.EqualTo("model.post.is_valid.msg.app_error"));
            Assert.That(_server.Posts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task CreatePost_InAChannelTheBotIsNotIn_Is403()
    {
        var secret = _server.AddChannel("bureau", botIsMember: false);

        var (status, error) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = secret.Id, ["message"] = "coucou" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error["id"]!.GetValue<string>(), Is.EqualTo("api.context.permissions.app_error"));
        Assert.That(_server.Posts, Is.Empty);
    }

    [Test]
    public async Task CreatePost_RetriedWithSamePendingPostId_GivesTheSamePost()
    {
        var body = new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Mission #2", ["pending_post_id"] = "bot:1" };

        var (_, first) = await CallAsync(HttpMethod.Post, "/api/v4/posts", body);
        var (_, retry) = await CallAsync(HttpMethod.Post, "/api/v4/posts", body.DeepClone());

        Assert.That(retry["id"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
        Assert.That(_server.Posts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Patch_ChangesMessageAndProps_SetsEditAt_AndOthersCannotPatch()
    {
        var alice = _server.AddUser("alice");
        var (_, created) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Mission #1 : ouverte" });
        var id = created["id"]!.GetValue<string>();

        var (status, patched) = await CallAsync(HttpMethod.Put, $"/api/v4/posts/{id}/patch",
            new JsonObject { ["message"] = "Mission #1 : pourvue", ["props"] = new JsonObject { ["mission"] = "1" } });
        var (otherStatus, _) = await CallAsync(HttpMethod.Put, $"/api/v4/posts/{id}/patch",
            new JsonObject { ["message"] = "piraté" }, token: alice.Token);
        var (_, fetched) = await CallAsync(HttpMethod.Get, $"/api/v4/posts/{id}");

        var stored = _server.Posts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(patched["edit_at"]!.GetValue<long>(), Is.GreaterThan(0));
            Assert.That(fetched["message"]!.GetValue<string>(), Is.EqualTo("Mission #1 : pourvue"));
            Assert.That(stored.Message, Is.EqualTo("Mission #1 : pourvue"));
            Assert.That(stored.Props["mission"]!.GetValue<string>(), Is.EqualTo("1"));
            Assert.That(stored.Props["from_bot"]!.GetValue<string>(), Is.EqualTo("true"));
            Assert.That(stored.EditAt, Is.GreaterThan(0));
            Assert.That(otherStatus, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task ButtonIntegration_IsKeptForClicks_ButHiddenFromClients()
    {
        var (_, created) = await CallAsync(HttpMethod.Post, "/api/v4/posts", PostWithButton("http://127.0.0.1:9/mm/action"));

        var stored = _server.Posts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(created["props"]!["attachments"]![0]!["actions"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("join1"));
            Assert.That(created["props"]!["attachments"]![0]!["actions"]![0]!.AsObject().ContainsKey("integration"), Is.False);
            Assert.That(stored.Props["attachments"]![0]!["actions"]![0]!["integration"]!["url"]!.GetValue<string>(), Is.EqualTo("http://127.0.0.1:9/mm/action"));
        });
    }

    [Test]
    public async Task ReplyCount_CountsTheThreadsLiveReplies_OnTheRootAndOnEachReply()
    {
        var alice = _server.AddUser("alice");
        var root = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Qui m'aide ?");
        var other = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Autre fil");
        var kept = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "moi", root.Id);
        var deleted = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "moi aussi", root.Id);
        await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "ailleurs", other.Id);

        var (deleteStatus, _) = await CallAsync(HttpMethod.Delete, $"/api/v4/posts/{deleted.Id}", token: alice.Token);
        var (_, rootJson) = await CallAsync(HttpMethod.Get, $"/api/v4/posts/{root.Id}");
        var (_, replyJson) = await CallAsync(HttpMethod.Get, $"/api/v4/posts/{kept.Id}");
        var (_, otherJson) = await CallAsync(HttpMethod.Get, $"/api/v4/posts/{other.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(deleteStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(rootJson["reply_count"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(replyJson["reply_count"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(otherJson["reply_count"]!.GetValue<long>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ChannelPosts_Since_GivesPostsChangedAfterThatTime_NewestFirst()
    {
        var alice = _server.AddUser("alice");
        var before = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "avant");
        var first = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "un");
        var second = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "deux");

        var (_, list) = await CallAsync(HttpMethod.Get, $"/api/v4/channels/{_server.MissionsChannel.Id}/posts?since={before.CreateAt}");

        Assert.Multiple(() =>
        {
            Assert.That(list["order"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { second.Id, first.Id }));
            Assert.That(list["posts"]![first.Id]!["message"]!.GetValue<string>(), Is.EqualTo("un"));
            Assert.That(list["has_next"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task ChannelPosts_After_PagesForwardFromAPost()
    {
        var alice = _server.AddUser("alice");
        var posts = new List<FakePost>();
        for (var i = 0; i < 5; i++)
        {
            posts.Add(await _server.UserPostsAsync(alice, _server.TownSquare.Id, $"message {i}"));
        }

        var (_, page) = await CallAsync(HttpMethod.Get, $"/api/v4/channels/{_server.TownSquare.Id}/posts?after={posts[1].Id}&per_page=2");

        Assert.That(page["order"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { posts[3].Id, posts[2].Id }));
        Assert.That(page["has_next"]!.GetValue<bool>(), Is.True);
        Assert.That(page["next_post_id"]!.GetValue<string>(), Is.EqualTo(posts[4].Id));
    }

    // ---- REST: DMs and reactions ----

    [Test]
    public async Task DirectChannel_CreatedTwice_IsTheSameTypeDChannel()
    {
        var alice = _server.AddUser("alice");
        var ids = new JsonArray(_server.Bot.Id, alice.Id);

        var (firstStatus, first) = await CallAsync(HttpMethod.Post, "/api/v4/channels/direct", ids);
        var (secondStatus, second) = await CallAsync(HttpMethod.Post, "/api/v4/channels/direct", ids.DeepClone());

        Assert.Multiple(() =>
        {
            Assert.That(firstStatus, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secondStatus, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(first["type"]!.GetValue<string>(), Is.EqualTo("D"));
            Assert.That(second["id"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
            Assert.That(_server.DirectChannelWith(alice)!.Id, Is.EqualTo(first["id"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task BotPostInDirectChannel_IsListedInDirectPostsTo()
    {
        var alice = _server.AddUser("alice");
        var (_, dm) = await CallAsync(HttpMethod.Post, "/api/v4/channels/direct", new JsonArray(_server.Bot.Id, alice.Id));

        await CallAsync(HttpMethod.Post, "/api/v4/posts", new JsonObject { ["channel_id"] = dm["id"]!.GetValue<string>(), ["message"] = "Merci !" });
        await _server.UserSendsDirectAsync(alice, "De rien");

        Assert.That(_server.DirectPostsTo(alice).Single().Message, Is.EqualTo("Merci !"));
    }

    [Test]
    public async Task Reaction_Answers201_IsRecorded_AndMustBeTheCallersOwn()
    {
        var alice = _server.AddUser("alice");
        var post = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "partante !");

        var (status, reaction) = await CallAsync(HttpMethod.Post, "/api/v4/reactions",
            new JsonObject { ["user_id"] = _server.Bot.Id, ["post_id"] = post.Id, ["emoji_name"] = "thumbsup" });
        var (forgedStatus, _) = await CallAsync(HttpMethod.Post, "/api/v4/reactions",
            new JsonObject { ["user_id"] = alice.Id, ["post_id"] = post.Id, ["emoji_name"] = "heart" });

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(reaction["emoji_name"]!.GetValue<string>(), Is.EqualTo("thumbsup"));
            Assert.That(_server.Reactions, Is.EqualTo(new[] { new FakeReaction(_server.Bot.Id, post.Id, "thumbsup") }));
            Assert.That(forgedStatus, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    // ---- Calls to the bot: slash commands, response_url, dialogs, buttons ----

    [Test]
    public async Task SlashCommand_PostsMattermostsFormWithTokenHeader_AndResponseUrlIsRecorded()
    {
        await using var bot = await RecordingBotEndpoint.StartAsync();
        var alice = _server.AddUser("alice");

        using var response = await _server.SendSlashCommandAsync($"{bot.Url}/mm/command", alice, "new Affiche | compétences: graphisme");

        var call = bot.Calls.Single();
        var form = ParseForm(call.Body);
        using var hook = new StringContent("""{"response_type":"ephemeral","text":"Mission #1 créée"}""", Encoding.UTF8, "application/json");
        using var hookResponse = await _http.PostAsync(form["response_url"], hook);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(call.Path, Is.EqualTo("/mm/command"));
            Assert.That(call.Authorization, Is.EqualTo($"Token {FakeMattermostServer.CommandToken}"));
            Assert.That(call.ContentType, Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(form["token"], Is.EqualTo(FakeMattermostServer.CommandToken));
            Assert.That(form["command"], Is.EqualTo("/mission"));
            Assert.That(form["text"], Is.EqualTo("new Affiche | compétences: graphisme"));
            Assert.That(form["user_id"], Is.EqualTo(alice.Id));
            Assert.That(form["user_name"], Is.EqualTo("alice"));
            Assert.That(form["team_id"], Is.EqualTo(_server.Team.Id));
            Assert.That(form["channel_id"], Is.EqualTo(_server.TownSquare.Id));
            Assert.That(form["trigger_id"], Is.Not.Empty);
            Assert.That(form["response_url"], Does.StartWith($"{_server.Url}/hooks/commands/"));
            Assert.That(hookResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_server.CommandResponses.Single().Body["text"]!.GetValue<string>(), Is.EqualTo("Mission #1 créée"));
        });
    }

    [Test]
    public async Task DialogOpen_WithTheCommandsTrigger_IsRecorded_AndSubmissionReachesTheDialogUrl()
    {
        await using var bot = await RecordingBotEndpoint.StartAsync();
        var alice = _server.AddUser("alice");
        using var command = await _server.SendSlashCommandAsync($"{bot.Url}/mm/command", alice, "new");
        var triggerId = ParseForm(bot.Calls.Single().Body)["trigger_id"];

        var (openStatus, _) = await CallAsync(HttpMethod.Post, "/api/v4/actions/dialogs/open", new JsonObject
        {
            ["trigger_id"] = triggerId,
            ["url"] = $"{bot.Url}/mm/dialog",
            ["dialog"] = new JsonObject
            {
                ["callback_id"] = "mission-new",
                ["title"] = "Nouvelle mission",
                ["state"] = "s1",
                ["elements"] = new JsonArray(new JsonObject { ["display_name"] = "Titre", ["name"] = "title", ["type"] = "text" }),
            },
        });
        using var submitted = await _server.SubmitDialogAsync(alice, new Dictionary<string, object?> { ["title"] = "Affiche" });

        var submission = JsonNode.Parse(bot.Calls.Last().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(openStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_server.OpenedDialogs.Single().TriggerId, Is.EqualTo(triggerId));
            Assert.That(bot.Calls.Last().Path, Is.EqualTo("/mm/dialog"));
            Assert.That(submission["type"]!.GetValue<string>(), Is.EqualTo("dialog_submission"));
            Assert.That(submission["callback_id"]!.GetValue<string>(), Is.EqualTo("mission-new"));
            Assert.That(submission["state"]!.GetValue<string>(), Is.EqualTo("s1"));
            Assert.That(submission["user_id"]!.GetValue<string>(), Is.EqualTo(alice.Id));
            Assert.That(submission["submission"]!["title"]!.GetValue<string>(), Is.EqualTo("Affiche"));
            Assert.That(submission["cancelled"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task DialogOpen_WithUnknownTrigger_Is400_AndNothingOpens()
    {
        var (status, error) = await CallAsync(HttpMethod.Post, "/api/v4/actions/dialogs/open", new JsonObject
        {
            ["trigger_id"] = "made-up",
            ["url"] = "http://127.0.0.1:9/mm/dialog",
            ["dialog"] = new JsonObject { ["title"] = "Nouvelle mission", ["elements"] = new JsonArray() },
        });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["status_code"]!.GetValue<int>(), Is.EqualTo(400));
        Assert.That(_server.OpenedDialogs, Is.Empty);
    }

    [Test]
    public async Task DialogOpen_AfterTheTriggerExpiredOnTheServersClock_Is400()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var server = await FakeMattermostServer.StartAsync(clock);
        await using var bot = await RecordingBotEndpoint.StartAsync();
        var alice = server.AddUser("alice");
        using var command = await server.SendSlashCommandAsync($"{bot.Url}/mm/command", alice, "new");
        var triggerId = ParseForm(bot.Calls.Single().Body)["trigger_id"];
        clock.Advance(server.TriggerIdLifetime + TimeSpan.FromSeconds(1));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{server.Url}/api/v4/actions/dialogs/open")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["trigger_id"] = triggerId,
                ["url"] = $"{bot.Url}/mm/dialog",
                ["dialog"] = new JsonObject { ["title"] = "Nouvelle mission", ["elements"] = new JsonArray() },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeMattermostServer.BotToken);
        using var response = await _http.SendAsync(request);

        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["id"]!.GetValue<string>(), Is.EqualTo("interactive_message.decode_trigger_id.expired"));
        Assert.That(server.OpenedDialogs, Is.Empty);
    }

    [Test]
    public async Task Timestamps_FollowTheInjectedClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var server = await FakeMattermostServer.StartAsync(clock);
        var alice = server.AddUser("alice");

        var first = await server.UserPostsAsync(alice, server.TownSquare.Id, "un");
        clock.Advance(TimeSpan.FromMinutes(5));
        var later = await server.UserPostsAsync(alice, server.TownSquare.Id, "deux");

        Assert.That(first.CreateAt, Is.EqualTo(clock.Start.ToUnixTimeMilliseconds()));
        Assert.That(later.CreateAt, Is.EqualTo(clock.Start.AddMinutes(5).ToUnixTimeMilliseconds()));
    }

    [Test]
    public async Task ButtonClick_PostsActionRequestWithContext_AndAppliesTheUpdate()
    {
        await using var bot = await RecordingBotEndpoint.StartAsync();
        var alice = _server.AddUser("alice");
        await CallAsync(HttpMethod.Post, "/api/v4/posts", PostWithButton($"{bot.Url}/mm/action"));
        bot.Reply = """{"update":{"message":"Mission #1 : alice est candidate"},"ephemeral_text":"C'est noté !"}""";

        using var response = await _server.ClickButtonAsync(_server.Posts.Single(), "join1", alice);

        var request = JsonNode.Parse(bot.Calls.Single().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(request["user_id"]!.GetValue<string>(), Is.EqualTo(alice.Id));
            Assert.That(request["post_id"]!.GetValue<string>(), Is.EqualTo(_server.Posts.Single().Id));
            Assert.That(request["channel_id"]!.GetValue<string>(), Is.EqualTo(_server.MissionsChannel.Id));
            Assert.That(request["trigger_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(request["context"]!["command"]!.GetValue<string>(), Is.EqualTo("join 1"));
            Assert.That(_server.Posts.Single().Message, Is.EqualTo("Mission #1 : alice est candidate"));
            Assert.That(_server.Ephemerals.Single(), Is.EqualTo(new FakeEphemeral(alice.Id, _server.MissionsChannel.Id, "C'est noté !")));
        });
    }

    // ---- WebSocket ----

    [Test]
    public async Task UserPost_ReachesConnectedWebSocket_AsPostedEventWhosePostIsAJsonString()
    {
        var alice = _server.AddUser("alice");
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello

        var post = await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "Je suis partante @missionbot !");

        var posted = await socket.ReceiveAsync();
        var data = posted["data"]!;
        var inner = JsonNode.Parse(data["post"]!.GetValue<string>())!;
        Assert.Multiple(() =>
        {
            Assert.That(posted["event"]!.GetValue<string>(), Is.EqualTo("posted"));
            Assert.That(inner["id"]!.GetValue<string>(), Is.EqualTo(post.Id));
            Assert.That(inner["message"]!.GetValue<string>(), Is.EqualTo("Je suis partante @missionbot !"));
            Assert.That(inner["user_id"]!.GetValue<string>(), Is.EqualTo(alice.Id));
            Assert.That(data["channel_type"]!.GetValue<string>(), Is.EqualTo("O"));
            Assert.That(data["sender_name"]!.GetValue<string>(), Is.EqualTo("@alice"));
            Assert.That(data["mentions"]!.GetValue<string>(), Is.EqualTo($"[\"{_server.Bot.Id}\"]"));
            Assert.That(posted["broadcast"]!["channel_id"]!.GetValue<string>(), Is.EqualTo(_server.MissionsChannel.Id));
        });
    }

    [Test]
    public async Task Patch_ReachesConnectedWebSocket_AsPostEdited()
    {
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello
        var (_, created) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = _server.MissionsChannel.Id, ["message"] = "Mission #1 : ouverte" });
        await socket.ReceiveAsync();   // the bot's own post comes back as posted

        await CallAsync(HttpMethod.Put, $"/api/v4/posts/{created["id"]!.GetValue<string>()}/patch", new JsonObject { ["message"] = "Mission #1 : pourvue" });

        var edited = await socket.ReceiveAsync();
        Assert.That(edited["event"]!.GetValue<string>(), Is.EqualTo("post_edited"));
        Assert.That(JsonNode.Parse(edited["data"]!["post"]!.GetValue<string>())!["message"]!.GetValue<string>(), Is.EqualTo("Mission #1 : pourvue"));
    }

    [Test]
    public async Task DirectMessage_ReachesTheBot_WithChannelTypeD()
    {
        var alice = _server.AddUser("alice");
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello

        await _server.UserSendsDirectAsync(alice, "salut");

        var added = await socket.ReceiveAsync();
        var posted = await socket.ReceiveAsync();
        Assert.Multiple(() =>
        {
            Assert.That(added["event"]!.GetValue<string>(), Is.EqualTo("direct_added"));
            Assert.That(posted["event"]!.GetValue<string>(), Is.EqualTo("posted"));
            Assert.That(posted["data"]!["channel_type"]!.GetValue<string>(), Is.EqualTo("D"));
        });
    }

    [Test]
    public async Task Events_OfChannelsTheBotIsNotIn_DoNotReachIt()
    {
        var alice = _server.AddUser("alice");
        var elsewhere = _server.AddChannel("bureau", botIsMember: false);
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello

        await _server.UserPostsAsync(alice, elsewhere.Id, "entre nous");
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "pour tous");

        var next = await socket.ReceiveAsync();
        Assert.That(JsonNode.Parse(next["data"]!["post"]!.GetValue<string>())!["message"]!.GetValue<string>(), Is.EqualTo("pour tous"));
    }

    [Test]
    public async Task Hello_HasSeqZero_AndLaterEventsCountUpByOne()
    {
        var alice = _server.AddUser("alice");
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);

        var hello = await socket.ReceiveAsync();
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "un");
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "deux");
        await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "trois");
        var seqs = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            seqs.Add((await socket.ReceiveAsync())["seq"]!.GetValue<long>());
        }

        Assert.Multiple(() =>
        {
            Assert.That(hello["event"]!.GetValue<string>(), Is.EqualTo("hello"));
            Assert.That(hello["seq"]!.GetValue<long>(), Is.Zero);
            Assert.That(hello["data"]!["connection_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(hello["data"]!["server_version"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(string.Join(",", seqs), Is.EqualTo("1,2,3"));
            Assert.That(_server.ConnectedWebSockets, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AuthenticationChallenge_WithValidToken_RepliesOkThenHello()
    {
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url);

        await socket.SendAsync(new JsonObject
        {
            ["seq"] = 1,
            ["action"] = "authentication_challenge",
            ["data"] = new JsonObject { ["token"] = FakeMattermostServer.BotToken },
        });
        var reply = await socket.ReceiveAsync();
        var hello = await socket.ReceiveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_server.ConnectedWebSockets, Is.EqualTo(1));
            Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(reply["seq_reply"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(hello["event"]!.GetValue<string>(), Is.EqualTo("hello"));
            Assert.That(hello["seq"]!.GetValue<long>(), Is.Zero);
        });
    }

    [Test]
    public async Task AuthenticationChallenge_WithBadToken_FailsAndClosesTheSocket()
    {
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url);

        await socket.SendAsync(new JsonObject
        {
            ["seq"] = 1,
            ["action"] = "authentication_challenge",
            ["data"] = new JsonObject { ["token"] = "wrong" },
        });
        var reply = await socket.ReceiveAsync();
        var close = await socket.ReceiveCloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("FAIL"));
            Assert.That(reply["seq_reply"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(close, Is.EqualTo(WebSocketCloseStatus.PolicyViolation));
            Assert.That(_server.ConnectedWebSockets, Is.Zero);
        });
    }

    [Test]
    public async Task WebSocketUpgrade_WithBadBearerToken_Is401()
    {
        using var socket = await MattermostTestSocket.TryConnectAsync(_server.Url, "wrong");

        Assert.That(socket.HandshakeStatus, Is.EqualTo(401));
        Assert.That(socket.State, Is.Not.EqualTo(WebSocketState.Open));
        Assert.That(_server.Requests, Has.Some.EqualTo(new FakeRequest("GET", "/api/v4/websocket", 401)));
    }

    [Test]
    public async Task Actions_BeforeAuthentication_AreRefused()
    {
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url);

        await socket.SendAsync(new JsonObject { ["seq"] = 1, ["action"] = "ping" });
        var reply = await socket.ReceiveAsync();

        Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("FAIL"));
        Assert.That(reply["error"]!["id"]!.GetValue<string>(), Is.EqualTo("api.web_socket_router.not_authenticated.app_error"));
    }

    [Test]
    public async Task Ping_IsAnsweredWithPong_WithoutTakingAnEventSeq()
    {
        var alice = _server.AddUser("alice");
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello, seq 0

        await socket.SendAsync(new JsonObject { ["seq"] = 7, ["action"] = "ping" });
        var pong = await socket.ReceiveAsync();
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "après le ping");
        var posted = await socket.ReceiveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(pong["status"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(pong["seq_reply"]!.GetValue<long>(), Is.EqualTo(7));
            Assert.That(pong["data"]!["text"]!.GetValue<string>(), Is.EqualTo("pong"));
            Assert.That(pong["data"]!["version"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(pong["data"]!["server_time"]!.GetValue<long>(), Is.GreaterThan(0));
            Assert.That(pong.ContainsKey("seq"), Is.False);
            Assert.That(posted["seq"]!.GetValue<long>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task DropWebSockets_ClosesEverySocket()
    {
        using var bot = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        using var other = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await bot.ReceiveAsync();
        await other.ReceiveAsync();

        var dropping = _server.DropWebSocketsAsync();
        var botClose = await bot.ReceiveCloseAsync();
        var otherClose = await other.ReceiveCloseAsync();
        await dropping;

        Assert.Multiple(() =>
        {
            Assert.That(botClose, Is.EqualTo(WebSocketCloseStatus.EndpointUnavailable));
            Assert.That(otherClose, Is.EqualTo(WebSocketCloseStatus.EndpointUnavailable));
            Assert.That(_server.ConnectedWebSockets, Is.Zero);
        });
    }

    [Test]
    public async Task AbortWebSockets_CutsSocketsWithoutACloseFrame()
    {
        using var socket = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        await socket.ReceiveAsync();   // hello

        await _server.AbortWebSocketsAsync();

        Assert.That(async () => await socket.ReceiveAsync(), Throws.InstanceOf<WebSocketException>());
        Assert.That(_server.ConnectedWebSockets, Is.Zero);
    }

    [Test]
    public async Task Reconnect_WithConnectionIdAndSequenceNumber_ReplaysMissedEventsWithoutHello()
    {
        var alice = _server.AddUser("alice");
        string connectionId;
        using (var first = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken))
        {
            connectionId = (await first.ReceiveAsync())["data"]!["connection_id"]!.GetValue<string>();
            var dropping = _server.DropWebSocketsAsync();
            await first.ReceiveCloseAsync();
            await dropping;
        }
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "pendant la coupure");

        using var resumed = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken,
            $"?connection_id={connectionId}&sequence_number=1");
        var missed = await resumed.ReceiveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(missed["event"]!.GetValue<string>(), Is.EqualTo("posted"));
            Assert.That(missed["seq"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(JsonNode.Parse(missed["data"]!["post"]!.GetValue<string>())!["message"]!.GetValue<string>(), Is.EqualTo("pendant la coupure"));
        });
    }

    [Test]
    public async Task Reconnect_AfterRestart_GetsANewHello()
    {
        string connectionId;
        using (var first = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken))
        {
            connectionId = (await first.ReceiveAsync())["data"]!["connection_id"]!.GetValue<string>();
            var restarting = _server.RestartWebSocketsAsync();
            await first.ReceiveCloseAsync();
            await restarting;
        }

        using var again = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken,
            $"?connection_id={connectionId}&sequence_number=1");
        var hello = await again.ReceiveAsync();

        Assert.That(hello["event"]!.GetValue<string>(), Is.EqualTo("hello"));
        Assert.That(hello["seq"]!.GetValue<long>(), Is.Zero);
        Assert.That(hello["data"]!["connection_id"]!.GetValue<string>(), Is.Not.EqualTo(connectionId));
    }

    // ---- Faults and waiting ----

    [Test]
    public async Task FailNextRequests_429_IsPlainTextWithRetryAfter_ThenServesAgain()
    {
        _server.FailNextRequests("POST", "/api/v4/posts", 429);
        var body = new JsonObject { ["channel_id"] = _server.TownSquare.Id, ["message"] = "hello" };

        using var limited = await SendRawAsync(HttpMethod.Post, "/api/v4/posts", body);
        var (status, _) = await CallAsync(HttpMethod.Post, "/api/v4/posts", body.DeepClone());

        Assert.Multiple(async () =>
        {
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(await limited.Content.ReadAsStringAsync(), Does.StartWith("limit exceeded"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(_server.Posts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task RateLimit_EveryAnswerCarriesTheHeaders_AndAnEmptyBucketAnswers429InPlainText()
    {
        _server.EnableRateLimit(perSecond: 1, burst: 2);

        using var first = await SendRawAsync(HttpMethod.Get, "/api/v4/users/me");
        using var second = await SendRawAsync(HttpMethod.Get, "/api/v4/users/me");
        using var third = await SendRawAsync(HttpMethod.Get, "/api/v4/users/me");

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Header(first, "X-Ratelimit-Limit"), Is.EqualTo("2"));
            Assert.That(Header(first, "X-Ratelimit-Remaining"), Is.EqualTo("1"));
            Assert.That(Header(second, "X-Ratelimit-Remaining"), Is.EqualTo("0"));
            Assert.That(Header(second, "X-Ratelimit-Reset"), Is.EqualTo("2"), "seconds until the bucket is full again");
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(third.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(await third.Content.ReadAsStringAsync(), Does.StartWith("limit exceeded"));
            Assert.That(third.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(_server.RateLimitedRequests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Outage_RefusesWebSocketHandshakesUntilItEnds()
    {
        await _server.StartOutageAsync(WebSocketCut.Close);
        using var refused = await MattermostTestSocket.TryConnectAsync(_server.Url, FakeMattermostServer.BotToken);
        _server.EndOutage();
        using var accepted = await MattermostTestSocket.ConnectAsync(_server.Url, FakeMattermostServer.BotToken);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.HandshakeStatus, Is.EqualTo(503));
            Assert.That((await accepted.ReceiveAsync())["event"]!.GetValue<string>(), Is.EqualTo("hello"));
        });
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    [Test]
    public async Task WaitUntil_CompletesWhenAChangeMakesTheConditionTrue()
    {
        var alice = _server.AddUser("alice");

        var waiting = _server.WaitUntilAsync(() => _server.Posts.Count == 1, "alice has posted");
        await _server.UserPostsAsync(alice, _server.TownSquare.Id, "coucou");

        Assert.That(async () => await waiting, Throws.Nothing);
    }

    [Test]
    public void WaitUntil_WhenTheConditionNeverHolds_ThrowsTimeoutNamingWhatItWaitedFor()
    {
        var error = Assert.ThrowsAsync<TimeoutException>(() =>
            _server.WaitUntilAsync(() => false, "the bot answers alice", TimeSpan.FromMilliseconds(200)));

        Assert.That(error!.Message, Does.Contain("the bot answers alice"));
    }

    // ---- helpers ----

    private JsonObject PostWithButton(string actionUrl) => new()
    {
        ["channel_id"] = _server.MissionsChannel.Id,
        ["message"] = "Mission #1",
        ["props"] = new JsonObject
        {
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["text"] = "Affiche du festival",
                ["actions"] = new JsonArray(new JsonObject
                {
                    ["id"] = "join1",
                    ["type"] = "button",
                    ["name"] = "Je suis partant·e",
                    ["integration"] = new JsonObject
                    {
                        ["url"] = actionUrl,
                        ["context"] = new JsonObject { ["command"] = "join 1" },
                    },
                }),
            }),
        },
    };

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, JsonNode? body = null, string? token = FakeMattermostServer.BotToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await _http.SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> CallAsync(HttpMethod method, string path, JsonNode? body = null, string? token = FakeMattermostServer.BotToken)
    {
        using var response = await SendRawAsync(method, path, body, token);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), $"{method} {path}");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, json);
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(
            kv => Uri.UnescapeDataString(kv[0].Replace('+', ' ')),
            kv => Uri.UnescapeDataString(kv[1].Replace('+', ' ')));
}
