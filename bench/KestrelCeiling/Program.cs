using System.Collections.Frozen;

// Bare Kestrel: no routing, no middleware, no logging per request. Answers each known path with the bytes the
// site sent for it (status line, body and every header but Date, Content-Length, Server and Transfer-Encoding,
// which Kestrel writes itself), held in memory. The runtime's own ceiling for serving those exact responses.
//
// usage: KestrelCeiling --pages DIR --urls http://127.0.0.1:PORT [--inline true|false]
//   DIR holds one pair of files per page: NAME.body and NAME.headers (the site's response headers as curl -D wrote
//   them) and NAME.path (the request path it answers).
var pagesDir = ArgValue(args, "--pages") ?? throw new ArgumentException("--pages DIR is required");
var inline = bool.Parse(ArgValue(args, "--inline") ?? "false");

var pages = Directory.GetFiles(pagesDir, "*.path")
    .Select(pathFile => Path.ChangeExtension(pathFile, null))
    .ToFrozenDictionary(
        name => File.ReadAllText(name + ".path").Trim(),
        name => new CannedResponse(File.ReadAllBytes(name + ".body"), ParseHeaders(File.ReadAllLines(name + ".headers"))));

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
// The same scheduling switch as the site's Kestrel:InlineScheduling, so both run on the same kind of threads.
builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = inline);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
var app = builder.Build();

app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    var response = context.Response;
    var headers = response.Headers;
    foreach (var (name, value) in page.Headers)
    {
        headers[name] = value;
    }

    response.ContentLength = page.Body.Length;
    return response.Body.WriteAsync(page.Body).AsTask();
});

app.Run();

static string? ArgValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static KeyValuePair<string, string>[] ParseHeaders(string[] lines) =>
    [.. lines
        .Skip(1) // the status line
        .Select(line => line.TrimEnd('\r'))
        .Where(line => line.Contains(':', StringComparison.Ordinal))
        .Select(line => new KeyValuePair<string, string>(line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
        .Where(h => !Skipped.Contains(h.Key))];

internal sealed record CannedResponse(byte[] Body, KeyValuePair<string, string>[] Headers);

internal static partial class Program
{
    public static readonly FrozenSet<string> Skipped =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Date", "Content-Length", "Server", "Transfer-Encoding", "Connection");
}
