using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Endpoints integrations call: interactive dialogs, slash command response_url, client config and ping.
public sealed partial class FakeMattermostServer
{
    private const int MaxDialogTitleRunes = 24;
    private const int MaxCommandWebhookUses = 5;
    private static readonly HashSet<string> DialogElementTypes = ["text", "textarea", "select", "bool", "radio", "date", "datetime"];

    private readonly Dictionary<string, FakeTrigger> _triggers = [];
    private readonly List<FakeDialog> _dialogs = [];
    private readonly Dictionary<string, int> _commandWebhookUses = [];
    private readonly List<FakeCommandResponse> _commandResponses = [];
    private readonly List<FakeEphemeral> _ephemerals = [];

    private FakeTrigger NewTrigger(FakeUser user, string channelId)
    {
        var trigger = new FakeTrigger(MattermostIds.NewId(), user.Id, channelId, Now() + (long)TriggerIdLifetime.TotalMilliseconds);
        lock (_gate)
        {
            _triggers[trigger.Id] = trigger;
        }
        return trigger;
    }

    private string NewCommandWebhook()
    {
        var id = MattermostIds.NewId();
        lock (_gate)
        {
            _commandWebhookUses[id] = 0;
        }
        return id;
    }

    private async Task<IResult> OpenDialogAsync(HttpContext context)
    {
        if (await ReadJsonAsync(context.Request) is not JsonObject body)
        {
            return InvalidBody("dialog");
        }
        var triggerId = OptionalString(body, "trigger_id") ?? "";
        var url = OptionalString(body, "url") ?? "";
        FakeTrigger? trigger;
        lock (_gate)
        {
            trigger = _triggers.GetValueOrDefault(triggerId);
        }
        if (trigger is null)
        {
            return Error(StatusCodes.Status400BadRequest, "interactive_message.decode_trigger_id.signature_decode_failed",
                "Unable to decode the trigger ID for interactive dialog.", $"unknown trigger_id {triggerId}");
        }
        if (Now() > trigger.ExpiresAt)
        {
            return Error(StatusCodes.Status400BadRequest, "interactive_message.decode_trigger_id.expired",
                $"Trigger ID for interactive dialog is expired. Trigger IDs live for a maximum of {TriggerIdLifetime.TotalSeconds:0} seconds.");
        }
        if (url.Length == 0)
        {
            return InvalidBody("url");
        }
        if (body["dialog"] is not JsonObject dialog)
        {
            return InvalidBody("dialog");
        }
        var problem = DialogProblem(dialog);
        if (problem is not null)
        {
            return InvalidBody("dialog", problem);
        }
        lock (_gate)
        {
            _dialogs.Add(new FakeDialog(triggerId, url, (JsonObject)dialog.DeepClone()));
            var opened = new JsonObject { ["dialog"] = new JsonObject { ["trigger_id"] = triggerId, ["url"] = url, ["dialog"] = dialog.DeepClone() }.ToJsonString() };
            BroadcastLocked("open_dialog", opened, Broadcast(userId: trigger.UserId), [trigger.UserId]);
        }
        NotifyChanged();
        return Json(MattermostJson.StatusOk());
    }

    /// <summary>What Mattermost would reject in a dialog definition, or null when it is fine.</summary>
    private static string? DialogProblem(JsonObject dialog)
    {
        var title = OptionalString(dialog, "title") ?? "";
        if (title.Length == 0 || title.EnumerateRunes().Count() > MaxDialogTitleRunes)
        {
            return $"title must have 1 to {MaxDialogTitleRunes} characters: \"{title}\"";
        }
        if (dialog["elements"] is not JsonArray elements)
        {
            return "elements must be an array";
        }
        var names = new HashSet<string>();
        foreach (var element in elements)
        {
            if (element is not JsonObject item
                || OptionalString(item, "name") is not { Length: > 0 } name
                || OptionalString(item, "display_name") is not { Length: > 0 }
                || !DialogElementTypes.Contains(OptionalString(item, "type") ?? ""))
            {
                return $"each element needs a name, a display_name and a type among {string.Join(", ", DialogElementTypes)}: {element?.ToJsonString()}";
            }
            if (!names.Add(name))
            {
                return $"element name {name} is used twice";
            }
        }
        return null;
    }

    /// <summary>POST to a response_url: a JSON CommandResponse (or plain text, taken as its text).</summary>
    private async Task<IResult> ReceiveCommandResponseAsync(HttpContext context, string id)
    {
        JsonObject? body;
        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = await ReadJsonAsync(context.Request) as JsonObject;
        }
        else
        {
            using var reader = new StreamReader(context.Request.Body);
            body = new JsonObject { ["text"] = await reader.ReadToEndAsync() };
        }
        if (body is null)
        {
            return Error(StatusCodes.Status400BadRequest, "web.command_webhook.parse.app_error", "Unable to parse incoming data.");
        }
        lock (_gate)
        {
            if (!_commandWebhookUses.TryGetValue(id, out var uses))
            {
                return Error(StatusCodes.Status400BadRequest, "web.command_webhook.invalid.app_error", "Invalid webhook.");
            }
            if (uses >= MaxCommandWebhookUses)
            {
                return Error(StatusCodes.Status400BadRequest, "app.command_webhook.try_use.invalid.app_error", "Invalid webhook.");
            }
            _commandWebhookUses[id] = uses + 1;
            _commandResponses.Add(new FakeCommandResponse(id, body));
        }
        NotifyChanged();
        return Results.Text("ok", "text/plain");
    }

    private IResult ClientConfig(HttpContext context)
    {
        if (context.Request.Query["format"] != "old")
        {
            return Error(StatusCodes.Status501NotImplemented, "api.config.client.old_format.app_error",
                "New format for the client configuration is not supported yet. Please specify ?format=old in the query string.");
        }
        // The old format gives every value as a string.
        return Json(new JsonObject
        {
            ["Version"] = ServerVersion,
            ["BuildNumber"] = "fake",
            ["SiteURL"] = Url,
            ["SiteName"] = "Fake Mattermost",
            ["MaxPostSize"] = MaxPostRunes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EnableBotAccountCreation"] = "true",
            ["EnableUserAccessTokens"] = "true",
            ["ExperimentalEnableAuthenticationTransfer"] = "true",
        });
    }

    private void MapIntegrationRoutes(WebApplication app)
    {
        app.MapPost("/api/v4/actions/dialogs/open", Handler(OpenDialogAsync));
        app.MapPost("/hooks/commands/{id}", (HttpContext context, string id) => ReceiveCommandResponseAsync(context, id));
        app.MapGet("/api/v4/config/client", ClientConfig);
        app.MapGet("/api/v4/system/ping", () => Json(MattermostJson.StatusOk()));
    }
}
