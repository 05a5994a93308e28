using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Users and the one team: people the tests create, the bot account, and the look-ups the adapter makes.
public sealed partial class FakeMattermostServer
{
    private readonly Dictionary<string, FakeUser> _usersById = [];
    private readonly Dictionary<string, FakeUser> _usersByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FakeUser> _usersByToken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _botIds = [];

    /// <summary>Someone new: a member of the team, of town-square and of missions (not of added channels).</summary>
    public FakeUser AddUser(string username)
    {
        var user = CreateUser(username, MattermostIds.NewId(), isBot: false);
        lock (_gate)
        {
            _channels[TownSquare.Id].Members.Add(user.Id);
            _channels[MissionsChannel.Id].Members.Add(user.Id);
        }
        NotifyChanged();
        return user;
    }

    public FakeUser? FindUser(string username)
    {
        lock (_gate)
        {
            return _usersByName.GetValueOrDefault(username);
        }
    }

    private FakeUser CreateUser(string username, string token, bool isBot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        var user = new FakeUser(MattermostIds.NewId(), username.ToLowerInvariant(), token);
        lock (_gate)
        {
            if (!_usersByName.TryAdd(user.Username, user))
            {
                throw new ArgumentException($"The username {username} is already taken.", nameof(username));
            }
            _usersById[user.Id] = user;
            _usersByToken[user.Token] = user;
            if (isBot)
            {
                _botIds.Add(user.Id);
            }
        }
        return user;
    }

    private FakeUser? FindUserByToken(string token)
    {
        lock (_gate)
        {
            return _usersByToken.GetValueOrDefault(token);
        }
    }

    private FakeUser? FindUserById(string id)
    {
        lock (_gate)
        {
            return _usersById.GetValueOrDefault(id);
        }
    }

    private bool IsBot(string userId)
    {
        lock (_gate)
        {
            return _botIds.Contains(userId);
        }
    }

    private JsonObject UserJson(FakeUser user) => MattermostJson.User(user, IsBot(user.Id), _startedAt);

    /// <summary>"me" or the caller's own id; any other id is somebody else's data (403 for a non-admin).</summary>
    private static bool IsSelf(HttpContext context, string userId) =>
        userId == "me" || userId == Caller(context).Id;

    private void MapUserRoutes(WebApplication app)
    {
        app.MapGet("/api/v4/users/me", (HttpContext context) => Json(UserJson(Caller(context))));

        app.MapGet("/api/v4/users/{user_id}", (string user_id) =>
        {
            if (!MattermostIds.IsValid(user_id))
            {
                return InvalidUrlParameter("user_id");
            }
            var user = FindUserById(user_id);
            return user is null
                ? Error(StatusCodes.Status404NotFound, "app.user.missing_account.const", "Unable to find the user.")
                : Json(UserJson(user));
        });

        app.MapGet("/api/v4/users/username/{username}", (string username) =>
        {
            var user = FindUser(username);
            return user is null
                ? Error(StatusCodes.Status404NotFound, "app.user.get_by_username.app_error", "Unable to find an existing account matching your username for this team.")
                : Json(UserJson(user));
        });

        app.MapPost("/api/v4/users/usernames", Handler(async context =>
        {
            if (await ReadJsonAsync(context.Request) is not JsonArray names || names.Any(n => n?.GetValueKind() != System.Text.Json.JsonValueKind.String))
            {
                return InvalidBody("usernames");
            }
            var users = names.Select(n => FindUser(n!.GetValue<string>())).OfType<FakeUser>().Select(UserJson);
            return Json(new JsonArray([.. users]));
        }));

        app.MapPost("/api/v4/users/ids", Handler(async context =>
        {
            if (await ReadJsonAsync(context.Request) is not JsonArray ids || ids.Any(n => n?.GetValueKind() != System.Text.Json.JsonValueKind.String))
            {
                return InvalidBody("user_ids");
            }
            var users = ids.Select(n => FindUserById(n!.GetValue<string>())).OfType<FakeUser>().Select(UserJson);
            return Json(new JsonArray([.. users]));
        }));

        app.MapGet("/api/v4/users/{user_id}/teams", (HttpContext context, string user_id) =>
            IsSelf(context, user_id) ? Json(new JsonArray(TeamJson())) : Forbidden());

        app.MapGet("/api/v4/teams/name/{name}", (string name) =>
            name == Team.Name
                ? Json(TeamJson())
                : Error(StatusCodes.Status404NotFound, "app.team.get_by_name.missing.app_error", "Unable to find the existing team."));

        app.MapGet("/api/v4/teams/{team_id}", (string team_id) =>
            team_id == Team.Id
                ? Json(TeamJson())
                : Error(StatusCodes.Status404NotFound, "app.team.get.find.app_error", "Unable to find the existing team."));
    }

    private JsonObject TeamJson() => MattermostJson.Team(Team, _startedAt);
}
