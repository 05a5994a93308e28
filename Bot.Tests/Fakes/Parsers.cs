using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Commands;
using MissionBot.Hosting;

namespace MissionBot.Tests.Fakes;

/// <summary>The real command parser with every registered subcommand, on an in-memory database.</summary>
public static class Parsers
{
    public static CommandParser Command(TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Missions:Channel"] = "missions", ["Storage:Path"] = ":memory:" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotCore(configuration);
        services.AddChatPlatform(new RecordingChatClient());
        services.AddSingleton(clock);
        return services.BuildServiceProvider().GetRequiredService<CommandParser>();
    }
}
