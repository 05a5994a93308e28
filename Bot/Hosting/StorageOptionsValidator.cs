using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail("MISSIONBOT_Storage__Path is empty: set the LiteDB file path (e.g. /data/missionbot.db).")
            : ValidateOptionsResult.Success;
}
