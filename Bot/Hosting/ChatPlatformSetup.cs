using System.Diagnostics.CodeAnalysis;
using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;

namespace MissionBot.Hosting;

public static class ChatPlatformSetup
{
    /// <summary>
    /// Registers a platform's client behind the persistent outbox: the domain sees <see cref="IChatClient"/>
    /// (the outbox), which sends through <typeparamref name="TClient"/>.
    /// </summary>
    public static IServiceCollection AddChatPlatform<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(
        this IServiceCollection services)
        where TClient : class, IChatClient
    {
        services.AddSingleton<TClient>();
        return services.AddOutbox(sp => sp.GetRequiredService<TClient>());
    }

    /// <summary>The same with a client built elsewhere (tests).</summary>
    public static IServiceCollection AddChatPlatform(this IServiceCollection services, IChatClient client) =>
        services.AddOutbox(_ => client);

    private static IServiceCollection AddOutbox(this IServiceCollection services, Func<IServiceProvider, IChatClient> platformClient)
    {
        services.AddSingleton(sp => new OutboxChatClient(
            platformClient(sp),
            sp.GetRequiredService<OutboxRepository>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxChatClient>>()));
        services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<OutboxChatClient>());
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        return services;
    }
}
