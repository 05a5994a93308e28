using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

public sealed class MissionsOptionsValidator : IValidateOptions<MissionsOptions>
{
    public ValidateOptionsResult Validate(string? name, MissionsOptions options) =>
        string.IsNullOrWhiteSpace(options.Channel)
            ? ValidateOptionsResult.Fail("MISSIONBOT_Missions__Channel is missing: set the name of the channel where missions are announced (e.g. missions).")
            : ValidateOptionsResult.Success;
}
