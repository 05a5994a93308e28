using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

/// <summary>One line per problem, naming the environment variable to fix.</summary>
public sealed class RocketChatOptionsValidator : IValidateOptions<RocketChatOptions>
{
    public ValidateOptionsResult Validate(string? name, RocketChatOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            failures.Add("MISSIONBOT_RocketChat__Url is missing: set the address of your Rocket.Chat server (e.g. https://chat.example.org).");
        }
        else if (!AbsoluteHttpUrl.IsValid(options.Url))
        {
            failures.Add($"MISSIONBOT_RocketChat__Url: '{options.Url}' is not an http(s) address; set e.g. https://chat.example.org.");
        }
        if (string.IsNullOrWhiteSpace(options.UserId))
        {
            failures.Add("MISSIONBOT_RocketChat__UserId is missing: set the bot user's id (shown next to its personal access token when you create it).");
        }
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("MISSIONBOT_RocketChat__Token is missing: set a personal access token of the bot user (My Account > Personal Access Tokens).");
        }
        var prefix = options.CommandPrefix.Trim();
        if (prefix.Length == 0 || prefix.Any(char.IsWhiteSpace) || prefix.StartsWith('/') || prefix.StartsWith('@'))
        {
            failures.Add($"MISSIONBOT_RocketChat__CommandPrefix: '{options.CommandPrefix}' must be one word that does not start with / or @ (e.g. !mission).");
        }
        if (options.WebSocketTimeoutSeconds is < 10 or > 3600)
        {
            failures.Add($"MISSIONBOT_RocketChat__WebSocketTimeoutSeconds: {options.WebSocketTimeoutSeconds} is out of range; use 10 to 3600 (default 90).");
        }
        if (options.ReconnectMinDelayMilliseconds is < 10 or > 60_000)
        {
            failures.Add($"MISSIONBOT_RocketChat__ReconnectMinDelayMilliseconds: {options.ReconnectMinDelayMilliseconds} is out of range; use 10 to 60000 (default 1000).");
        }
        if (options.ReconnectMaxDelaySeconds is < 1 or > 3600)
        {
            failures.Add($"MISSIONBOT_RocketChat__ReconnectMaxDelaySeconds: {options.ReconnectMaxDelaySeconds} is out of range; use 1 to 3600 (default 60).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
