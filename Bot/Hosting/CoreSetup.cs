using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Commands;
using MissionBot.Commands.Missions;
using MissionBot.Conversations;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Hosting;

public static class CoreSetup
{
    /// <summary>Options, clock, storage, texts and the domain: everything that does not depend on the platform.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<MissionsOptions>().Bind(configuration.GetSection(MissionsOptions.Section)).ValidateOnStart();
        services.AddOptions<HttpOptions>().Bind(configuration.GetSection(HttpOptions.Section));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton<IValidateOptions<MissionsOptions>, MissionsOptionsValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConnectionStatus>();
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new BotDatabase(storage.Path, storage.SyncToDiskMilliseconds);
        });
        services.AddSingleton<MissionRepository>();
        services.AddSingleton<CandidacyRepository>();
        services.AddSingleton<PersonRepository>();
        services.AddSingleton<ProcessedMessageRepository>();
        services.AddSingleton<WatermarkRepository>();
        services.AddSingleton<OutboxRepository>();
        services.AddSingleton<DeliveryRecordsHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryRecordsHousekeeping>());
        services.AddSingleton(sp => BotTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language));
        services.AddSingleton<PhraseMatcher>();
        services.AddSingleton<MissionDraftParser>();
        services.AddSingleton<MissionChannel>();
        services.AddSingleton<Announcements>();
        services.AddSingleton<MissionService>();
        services.AddSingleton<MissionAuthorization>();
        services.AddMissionCommands();
        services.AddInterpellation(configuration);
        services.AddDecisions(configuration);
        services.AddSingleton<CommandParser>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ThreadReplies>();
        services.AddSingleton<DirectMessages>();
        services.AddSingleton<IChatInbox, BotEngine>();
        return services;
    }

    /// <summary>The missions subcommands, in the order of the help.</summary>
    private static IServiceCollection AddMissionCommands(this IServiceCollection services)
    {
        services.AddSingleton<ISubcommand, ListSubcommand>();
        services.AddSingleton<ISubcommand, ShowSubcommand>();
        services.AddSingleton<ISubcommand, JoinSubcommand>();
        services.AddSingleton<ISubcommand, LeaveSubcommand>();
        services.AddSingleton<ISubcommand, NewMissionSubcommand>();
        return services;
    }
}
