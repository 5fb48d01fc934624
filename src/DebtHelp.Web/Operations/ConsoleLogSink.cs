using System.Text;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace DebtHelp.Web.Operations;

/// <summary>
/// Writes log events to standard output from one background thread, a batch at a time: every event that is
/// waiting is formatted into one buffer and written with one system call. A profile of a cached page (perf, see
/// docs/operations.md) put the async-plus-console pair at about a sixth of the site's CPU, most of it one write
/// and one thread wake-up per line.
/// Nothing at Warning or above is ever dropped: when the queue is full, the caller waits for room instead. Only
/// events below Warning are dropped past <c>queueLimit</c>, and the number dropped is itself logged (and counted in
/// the <c>debthelp.log.dropped</c> metric), so a gap in the log is never silent.
/// </summary>
public sealed class ConsoleLogSink : ILogEventSink, IDisposable
{
    private const int MaxBatch = 1024;

    private readonly Channel<LogEvent> _queue = Channel.CreateUnbounded<LogEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _output;
    private readonly int _queueLimit;
    private readonly Thread _writer;
    private int _queued;
    private long _dropped;

    public ConsoleLogSink(ITextFormatter formatter, int queueLimit, Stream? output = null)
    {
        _formatter = formatter;
        _queueLimit = Math.Max(16, queueLimit);
        _output = new StreamWriter(output ?? Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024)
        {
            AutoFlush = false,
        };
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "log writer" };
        _writer.Start();
    }

    /// <summary>Events below Warning dropped so far because the writer could not keep up.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref _queued) > _queueLimit)
        {
            if (logEvent.Level < LogEventLevel.Warning)
            {
                Interlocked.Decrement(ref _queued);
                Interlocked.Increment(ref _dropped);
                Telemetry.SiteMetrics.LogEventsDropped.Add(1);
                return;
            }

            // Back-pressure for warnings and errors: wait (bounded) for the writer rather than lose them.
            var spin = new SpinWait();
            var deadline = Environment.TickCount64 + 5_000;
            while (Volatile.Read(ref _queued) > _queueLimit && Environment.TickCount64 < deadline && _writer.IsAlive)
            {
                spin.SpinOnce(sleep1Threshold: 10);
            }
        }

        if (!_queue.Writer.TryWrite(logEvent))
        {
            Interlocked.Decrement(ref _queued); // after Dispose
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Join(TimeSpan.FromSeconds(5));
    }

    private void WriteLoop()
    {
        var reader = _queue.Reader;
        var reported = 0L;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            var count = 0;
            while (count < MaxBatch && reader.TryRead(out var logEvent))
            {
                count++;
                try
                {
                    _formatter.Format(logEvent, _output);
                }
                catch (Exception ex)
                {
                    _output.WriteLine($"[log writer] could not format an event: {ex.GetType().Name}: {ex.Message}");
                }
            }

            Interlocked.Add(ref _queued, -count);
            var dropped = Dropped;
            if (dropped != reported)
            {
                _output.WriteLine($"[{DateTime.Now:HH:mm:ss} WRN] DebtHelp.Web.Operations.ConsoleLogSink: {dropped - reported} log events below Warning were dropped (the log could not keep up; {dropped} in all)");
                reported = dropped;
            }

            try
            {
                _output.Flush();
            }
            catch (IOException)
            {
                // stdout closed (the service manager went away): nothing left to write to.
            }
        }

        try
        {
            _output.Flush();
        }
        catch (IOException)
        {
        }
    }
}
