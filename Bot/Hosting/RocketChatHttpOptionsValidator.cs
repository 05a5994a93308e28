using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

/// <summary>On Rocket.Chat the bot listens only for /health; nothing calls it back, so no public address is needed.</summary>
public sealed class RocketChatHttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options) =>
        AbsoluteHttpUrl.IsValid(options.Url)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"MISSIONBOT_Http__Url: '{options.Url}' is not an address to listen on (for /health); set e.g. http://0.0.0.0:8080.");
}
