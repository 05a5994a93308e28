using MissionBot.Hosting;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>Databases for storage tests that write collections of their own, besides the bot's.</summary>
internal static class TestBotDatabases
{
    /// <summary>Opens a database that also keeps <paramref name="collections"/> (the bot refuses names it does not list).</summary>
    public static BotDatabase Open(string path, params string[] collections) =>
        Open(path, StorageOptions.DefaultSyncToDiskMilliseconds, collections);

    /// <inheritdoc cref="Open(string, string[])"/>
    public static BotDatabase Open(string path, int syncToDiskMilliseconds, params string[] collections) =>
        new(path, syncToDiskMilliseconds, _ => SystemFileCalls.Instance, collections);
}
