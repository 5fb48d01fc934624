using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DebtHelp.Web.Tests.Security;

public sealed class HostileRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    public static TheoryData<string> Paths => new()
    {
        "/articles/../../../etc/passwd",
        "/articles/%2e%2e/%2e%2e/etc/passwd",
        "/articles/..%2f..%2fappsettings.json",
        "/articles/night-visits%00.md",
        "/topics/%00",
        "/css/../appsettings.json",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/../content/articles/night-visits.md",
        "/content/articles/night-visits.md",
        "/appsettings.json",
        "/DebtHelp.Web.dll",
        "/App_Data/",
        "/articles/" + new string('a', 4000),
        "/articles/<script>alert(1)</script>",
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&q=again",
        "/status/999999999999",
        "/error?x=%ff",
        "/api/search?q=%ff%fe&limit=-1",
        "/healthz/../appsettings.json",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    };

    /// <summary>Sends the path exactly as written (no client-side normalisation of dots or escapes).</summary>
    private async Task<(int Status, string Head, string Body)> RawGetAsync(string path, string extraHeaders = "")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.Address.Host, site.Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {site.Address.Authority}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split >= 0 ? text[..split] : text;
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, split >= 0 ? text[(split + 4)..] : "");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Traversal_and_junk_paths_never_get_a_5xx_or_anything_outside_wwwroot(string path)
    {
        var (status, _, body) = await RawGetAsync(path);

        Assert.InRange(status, 200, 499);
        Assert.DoesNotContain("root:x:0:0", body);
        Assert.DoesNotContain("\"Serilog\"", body);
        Assert.DoesNotContain("title: ", body);
        Assert.DoesNotContain("<script>alert(1)</script>", body);
    }

    [Fact]
    public async Task An_overlong_query_string_gets_a_4xx_not_a_crash()
    {
        var (status, _, _) = await RawGetAsync("/search?q=" + new string('a', 40_000));

        Assert.InRange(status, 400, 499);
    }

    [Fact]
    public async Task Overlong_headers_get_a_4xx_not_a_crash()
    {
        var (status, _, _) = await RawGetAsync("/", "X-Junk: " + new string('b', 40_000) + "\r\n");

        Assert.InRange(status, 400, 499);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/night-visits")]
    [InlineData("/search?q=%E5%82%AC%E6%94%B6")]
    [InlineData("/api/search?q=%E5%82%AC%E6%94%B6")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner(string path)
    {
        var (_, head, _) = await RawGetAsync(path);
        var headers = head.ToLowerInvariant();

        Assert.Contains("content-security-policy: default-src 'self'; script-src 'self';", headers);
        Assert.DoesNotContain("unsafe-inline", headers);
        Assert.Contains("x-content-type-options: nosniff", headers);
        Assert.Contains("referrer-policy: no-referrer", headers);
        Assert.Contains("permissions-policy:", headers);
        Assert.Contains("x-frame-options: deny", headers);
        Assert.Contains("frame-ancestors 'none'", headers);
        Assert.DoesNotContain("\r\nserver:", headers);
        Assert.DoesNotContain("set-cookie", headers);
    }

    [Fact]
    public async Task Static_files_with_a_version_are_cached_for_a_year()
    {
        var html = await site.Client.GetPageAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(css);

        using var response = await site.Client.GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
    }
}
