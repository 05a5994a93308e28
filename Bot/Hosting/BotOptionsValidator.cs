using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var language = options.Language.Trim().ToLowerInvariant();
        return language is "fr" or "en" or ""
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"MISSIONBOT_Language: '{options.Language}' is not supported; set fr or en.");
    }
}
