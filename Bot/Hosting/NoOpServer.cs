using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace MissionBot.Hosting;

/// <summary>
/// A server that never listens: the console sandbox runs the same host as the chat adapters, but it has
/// no webhooks to receive, so it opens no port (and two sandboxes never fight over 8080).
/// </summary>
public sealed class NoOpServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
