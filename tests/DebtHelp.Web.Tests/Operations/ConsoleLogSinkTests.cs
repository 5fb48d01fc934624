using System.Text;
using DebtHelp.Web.Operations;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace DebtHelp.Web.Tests.Operations;

public sealed class ConsoleLogSinkTests
{
    [Fact]
    public void Under_a_flood_no_error_is_lost_and_the_dropped_information_events_are_reported()
    {
        var output = new SlowStream();
        var sink = new ConsoleLogSink(new MessageTemplateTextFormatter("{Level:u3} {Message}{NewLine}"), queueLimit: 16, output);
        for (var i = 0; i < 2_000; i++)
        {
            sink.Emit(Event(LogEventLevel.Information, "info " + i));
            if (i % 20 == 0)
            {
                sink.Emit(Event(LogEventLevel.Error, "error " + i));
            }
        }

        sink.Dispose();
        var text = output.Text;
        for (var i = 0; i < 2_000; i += 20)
        {
            Assert.Contains("ERR error " + i + "\n", text, StringComparison.Ordinal);
        }

        Assert.True(sink.Dropped > 0, "the slow output should have made the sink drop information events");
        Assert.Contains("log events below Warning were dropped", text, StringComparison.Ordinal);
        var infoLines = text.Split('\n').Count(l => l.StartsWith("INF info ", StringComparison.Ordinal));
        Assert.Equal(2_000, infoLines + sink.Dropped);
    }

    [Fact]
    public void Writes_every_event_when_the_output_keeps_up()
    {
        var output = new SlowStream(delayMilliseconds: 0);
        var sink = new ConsoleLogSink(new MessageTemplateTextFormatter("{Message}{NewLine}"), queueLimit: 100_000, output);
        for (var i = 0; i < 10_000; i++)
        {
            sink.Emit(Event(LogEventLevel.Information, "line " + i));
        }

        sink.Dispose();
        Assert.Equal(0, sink.Dropped);
        Assert.Equal(10_000, output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static LogEvent Event(LogEventLevel level, string text) =>
        new(DateTimeOffset.Now, level, null, new MessageTemplateParser().Parse(text), []);

    /// <summary>An output that takes its time over every write, as a slow terminal or a stalled pipe does.</summary>
    private sealed class SlowStream(int delayMilliseconds = 20) : MemoryStream
    {
        private readonly Lock _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return Encoding.UTF8.GetString(ToArray());
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Thread.Sleep(delayMilliseconds);
            lock (_gate)
            {
                base.Write(buffer, offset, count);
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Thread.Sleep(delayMilliseconds);
            lock (_gate)
            {
                base.Write(buffer);
            }
        }
    }
}
