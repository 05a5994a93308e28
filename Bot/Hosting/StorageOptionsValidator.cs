using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            problems.Add("MISSIONBOT_Storage__Path is empty: set the LiteDB file path (e.g. /data/missionbot.db).");
        }
        if (options.SyncToDiskMilliseconds is < 0 or > 60_000)
        {
            problems.Add($"MISSIONBOT_Storage__SyncToDiskMilliseconds: {options.SyncToDiskMilliseconds} is out of range; use 0 (at every write) to 60000 (default 1000).");
        }
        if (options.KeepDeliveryRecordsDays is < 2 or > 3650)
        {
            problems.Add($"MISSIONBOT_Storage__KeepDeliveryRecordsDays: {options.KeepDeliveryRecordsDays} is out of range; use 2 to 3650 (default 30).");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
