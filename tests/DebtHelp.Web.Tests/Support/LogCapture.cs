using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace DebtHelp.Web.Tests.Support;

/// <summary>A Serilog sink kept in memory; the site's Serilog set-up picks it up from DI (ReadFrom.Services).</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    /// <summary>Everything logged, rendered with its properties, as one string to search.</summary>
    public string AllText => string.Join("\n", _events.Select(e =>
        e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => p.Key + "=" + p.Value)) + " " + e.Exception));
}
