using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace MissionBot.Tests.Fakes;

/// <summary>Keeps every log event the bot writes, rendered, so tests can assert on what was logged.</summary>
public sealed class CollectingSink : ILogEventSink
{
    // Strings rendered without quotes, as the console shows them.
    private static readonly MessageTemplateTextFormatter Format = new("{Message:lj}{NewLine}{Exception}", System.Globalization.CultureInfo.InvariantCulture);

    private readonly ConcurrentQueue<(LogEventLevel Level, string Text)> _events = new();

    public IReadOnlyList<(LogEventLevel Level, string Text)> Events => [.. _events];

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Format.Format(logEvent, text);
        _events.Enqueue((logEvent.Level, text.ToString().TrimEnd()));
    }
}
