using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

/// <summary>One line per problem, naming the environment variable to set and what to put in it.</summary>
public sealed class MattermostOptionsValidator : IValidateOptions<MattermostOptions>
{
    public ValidateOptionsResult Validate(string? name, MattermostOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            problems.Add("MISSIONBOT_Mattermost__Url is missing: set the Mattermost server address (e.g. https://chat.example.org).");
        }
        else if (!AbsoluteHttpUrl.IsValid(options.Url))
        {
            problems.Add($"MISSIONBOT_Mattermost__Url: '{options.Url}' is not an absolute http(s) address; set e.g. https://chat.example.org.");
        }
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("MISSIONBOT_Mattermost__Token is missing: set the bot account's access token (System Console > Integrations > Bot Accounts).");
        }
        if (string.IsNullOrWhiteSpace(options.Team))
        {
            problems.Add("MISSIONBOT_Mattermost__Team is missing: set the team name as it appears in Mattermost URLs (e.g. reseau).");
        }
        if (string.IsNullOrWhiteSpace(options.CommandToken))
        {
            problems.Add("MISSIONBOT_Mattermost__CommandToken is missing: set the token Mattermost shows for the /mission slash command (Integrations > Slash Commands).");
        }
        if (options.WebSocketTimeoutSeconds is < 2 or > 3600)
        {
            problems.Add($"MISSIONBOT_Mattermost__WebSocketTimeoutSeconds: {options.WebSocketTimeoutSeconds} is out of range; use a number of seconds between 2 and 3600 (default 90).");
        }
        if (options.EventConcurrency is < 1 or > 256)
        {
            problems.Add($"MISSIONBOT_Mattermost__EventConcurrency: {options.EventConcurrency} is out of range; use 1 to 256 (default 16).");
        }
        if (options.ReconnectFirstDelayMilliseconds is < 10 or > 60_000)
        {
            problems.Add($"MISSIONBOT_Mattermost__ReconnectFirstDelayMilliseconds: {options.ReconnectFirstDelayMilliseconds} is out of range; use 10 to 60000 (default 1000).");
        }
        if (options.ReconnectMaxDelayMilliseconds < options.ReconnectFirstDelayMilliseconds || options.ReconnectMaxDelayMilliseconds > 3_600_000)
        {
            problems.Add($"MISSIONBOT_Mattermost__ReconnectMaxDelayMilliseconds: {options.ReconnectMaxDelayMilliseconds} is out of range; use at least ReconnectFirstDelayMilliseconds and at most 3600000 (default 60000).");
        }
        if (options.RequestTimeoutSeconds is < 1 or > 300)
        {
            problems.Add($"MISSIONBOT_Mattermost__RequestTimeoutSeconds: {options.RequestTimeoutSeconds} is out of range; use 1 to 300 seconds (default 30).");
        }
        if (options.ReplyBudgetMilliseconds is < 0 or > 2900)
        {
            problems.Add($"MISSIONBOT_Mattermost__ReplyBudgetMilliseconds: {options.ReplyBudgetMilliseconds} is out of range; use 0 to 2900 (default 2500), below Mattermost's 3 s limit.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
