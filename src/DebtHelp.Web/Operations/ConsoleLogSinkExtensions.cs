using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace DebtHelp.Web.Operations;

/// <summary><c>"WriteTo": [{ "Name": "SiteConsole", "Args": { "json": true } }]</c> in the Serilog settings.</summary>
public static class ConsoleLogSinkExtensions
{
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Standard output, batched (<see cref="ConsoleLogSink"/>). <paramref name="json"/>: one compact JSON object per
    /// line (Serilog.Formatting.Compact's CLEF) for a log shipper, instead of the text template.
    /// </summary>
    public static LoggerConfiguration SiteConsole(
        this LoggerSinkConfiguration sinkConfiguration,
        bool json = false,
        int queueLimit = 20_000,
        string outputTemplate = DefaultOutputTemplate,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum)
    {
        Serilog.Formatting.ITextFormatter formatter = json
            ? new CompactJsonFormatter()
            : new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture);
        return sinkConfiguration.Sink(new ConsoleLogSink(formatter, queueLimit), restrictedToMinimumLevel);
    }
}
