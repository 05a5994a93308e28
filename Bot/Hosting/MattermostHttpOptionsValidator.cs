using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

/// <summary>On Mattermost the bot must listen, and must know the address Mattermost calls back for clicks and forms.</summary>
public sealed class MattermostHttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        var problems = new List<string>();
        if (!AbsoluteHttpUrl.IsValid(options.Url))
        {
            problems.Add($"MISSIONBOT_Http__Url: '{options.Url}' is not an address to listen on; set e.g. http://0.0.0.0:8080.");
        }
        if (string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            problems.Add("MISSIONBOT_Http__PublicUrl is missing: set the bot's address as Mattermost reaches it, for button clicks and forms (e.g. http://missionbot:8080).");
        }
        else if (!AbsoluteHttpUrl.IsValid(options.PublicUrl))
        {
            problems.Add($"MISSIONBOT_Http__PublicUrl: '{options.PublicUrl}' is not an absolute http(s) address; set e.g. http://missionbot:8080.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
