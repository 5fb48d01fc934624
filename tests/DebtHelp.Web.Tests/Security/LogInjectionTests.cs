using System.Net.Sockets;
using System.Text;
using Serilog.Events;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Whatever is in a request path, the log gets it escaped: no forged lines, no terminal escapes.</summary>
public sealed class LogInjectionTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static IEnumerable<string> Strings(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => [s],
        SequenceValue seq => seq.Elements.SelectMany(Strings),
        StructureValue st => st.Properties.SelectMany(p => Strings(p.Value)),
        DictionaryValue d => d.Elements.SelectMany(kv => Strings(kv.Value)),
        _ => [],
    };

    private static bool HasControl(string s) => s.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\u202E');

    [Theory]
    [InlineData("/x%0D%0A%5B08:00:00%20ERR%5D%20Forged%20line")]
    [InlineData("/articles/a%0Ab")]
    [InlineData("/topics/%1B%5B31mred%1B%5B0m")]
    [InlineData("/zh-hant/x%E2%80%A8y%C2%85z%E2%80%AEw")]
    public async Task Control_characters_in_a_path_reach_the_log_escaped(string path)
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        using var response = await site.Client.GetAsync(path + "-" + marker);

        await Eventually.HoldsAsync(() => Task.FromResult(site.Logs.Events.Any(e => e.RenderMessage().Contains(marker, StringComparison.Ordinal))), "the request's log line");
        var events = site.Logs.Events.Where(e => e.RenderMessage().Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.All(events, e =>
        {
            Assert.False(HasControl(e.RenderMessage()), "a control character in: " + e.RenderMessage());
            Assert.All(e.Properties.Values.SelectMany(Strings), s => Assert.False(HasControl(s), "a control character in property: " + s));
            Assert.True(e.Level < LogEventLevel.Warning);
        });
    }

    [Fact]
    public async Task A_raw_carriage_return_in_the_request_target_is_refused_with_400()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.Address.Host, site.Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET /a\rb HTTP/1.1\r\nHost: {site.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", text, StringComparison.Ordinal);
    }
}
