using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Serilog.Events;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.Security;

/// <summary>
/// The hostile-input corpus (<see cref="HostileInputCorpus"/>) against every endpoint and both forms. Asserted: no
/// 5xx; no reflection as markup (each HTML response parsed like a browser does, with AngleSharp, and compared with
/// the elements and attributes the site writes on its ordinary pages); nothing typed into a query or a form reaches
/// the log (its marker never appears there) and no log line carries a control character; every response is bounded
/// in size and time. The figures are printed.
/// </summary>
public sealed partial class HostileInputCorpusTests(ITestOutputHelper output)
{
    private const int MaxResponseBytes = 512 * 1024;
    private static readonly TimeSpan MaxResponseTime = TimeSpan.FromSeconds(5);

    private static readonly string[] LetterFields =
    [
        "Kind", "Name", "Phone", "Lender", "Product", "ContractNumber", "LoanDate", "LoanAmount", "WhatHappened", "ReplyDays",
        "OverdueSince", "Reason", "MonthlyAmount", "Instalments", "FirstPaymentDate", "Requests", "LetterDate",
    ];

    private static readonly string[] Kinds = ["Complaint", "Instalment", "1", "0", "bogus", "99"];

    private static readonly string[] Limits = ["1", "10", "0", "-1", "999999999999", "abc", "1e3", "%00", "5&limit=6"];

    private sealed record Target(string Name, Func<string, int, HttpRequestMessage> Request, bool LoggedAsPath);

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, new Uri("http://localhost" + url, UriKind.Absolute));

    private static HttpRequestMessage Post(string url, string body) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"),
    };

    private static string LetterBody(string value, int i, string prefix)
    {
        var kind = "Form.Kind=" + Kinds[i % Kinds.Length];
        if (i % 10 == 0)
        {
            return kind + string.Concat(LetterFields.Skip(1).Select(f => "&Form." + f + "=" + value));
        }

        var field = LetterFields[i % LetterFields.Length];
        return field == "Kind" ? prefix + "Form.Kind=" + value : kind + "&Form." + field + "=" + value;
    }

    private static readonly Target[] Targets =
    [
        new("/search?q=", (s, _) => Get("/search?q=" + s), false),
        new("/api/search?q=&limit=", (s, i) => Get("/api/search?q=" + s + "&limit=" + Limits[i % Limits.Length]), false),
        new("POST /letters", (s, i) => Post("/letters", LetterBody(s, i, "")), false),
        new("/zh-hant/search?q=", (s, _) => Get("/zh-hant/search?q=" + s), false),
        new("/articles/{s}", (s, _) => Get("/articles/" + s), true),
        new("/topics/{s}", (s, _) => Get("/topics/" + s), true),
        new("/zh-hant/{rotating}", (s, i) => (i % 4) switch
        {
            0 => Get("/zh-hant/articles/" + s),
            1 => Get("/zh-hant/topics/" + s),
            2 => Get("/zh-hant/" + s),
            _ => Post("/zh-hant/letters", LetterBody(s, i, "")),
        }, true),
        new("other endpoints", (s, i) => (i % 6) switch
        {
            0 => Get("/status/" + s),
            1 => Get("/feed.xml?x=" + s),
            2 => Get("/sitemap.xml?" + s),
            3 => Get("/healthz?" + s),
            4 => Get("/letters?kind=" + s),
            _ => Get("/css/" + s),
        }, true),
    ];

    private static readonly string[] OrdinaryPages =
    [
        "/", "/articles/night-visits", "/articles/door-now", "/topics/home-visit-legality", "/search", "/search?q=%E5%82%AC%E6%94%B6",
        "/search?q=qqqzzz", "/letters", "/letters?kind=instalment", "/no-such-page", "/zh-hant/", "/zh-hant/articles/night-visits",
        "/zh-hant/search?q=%E5%82%AC%E6%94%B6", "/zh-hant/letters",
    ];

    [Fact]
    public async Task The_hostile_corpus_against_every_endpoint_gets_no_5xx_no_markup_reflection_no_raw_input_in_logs_and_bounded_answers()
    {
        using var site = new SiteFactory().With("RateLimiting:LetterPostsPerMinute", "0");
        var client = await site.ReadyClientAsync();

        // What the site writes on its ordinary pages: any other element or attribute in an answer came from the input.
        var elements = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var ordinary = OrdinaryPages.Select(p => client.GetAsync(p)).Concat(
            new[] { "Complaint", "Instalment" }.Select(k => client.SendAsync(Post("/letters", "Form.Kind=" + k + "&Form.Name=" + new string('x', 150)))));
        foreach (var response in await Task.WhenAll(ordinary))
        {
            using var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var element in document.All)
            {
                elements.Add(element.LocalName);
                attributes.UnionWith(element.Attributes.Select(a => a.Name));
            }

            response.Dispose();
        }

        var corpus = HostileInputCorpus.Build();
        var jobs = corpus.SelectMany((s, i) => Targets.Select(t => (Value: s, Index: i, Target: t))).ToList();
        var findings = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<string, int>();
        var times = new ConcurrentBag<double>();
        var parsed = 0;
        var maxBytes = 0L;
        var wall = Stopwatch.StartNew();

        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (job, token) =>
        {
            // A query or form marker must never reach the log; a path marker may, escaped.
            var marker = (job.Target.LoggedAsPath ? "fp" : "fq") + job.Index.ToString("D5", CultureInfo.InvariantCulture);
            var value = job.Value.Replace(HostileInputCorpus.Mark, marker, StringComparison.Ordinal);
            if (value.Length > 30_000 && job.Target.Name != "POST /letters")
            {
                // Longer than any address a browser or Kestrel (16 KB request line) takes; the form takes it instead.
                value = value[..30_000];
            }

            HttpRequestMessage request;
            try
            {
                request = job.Target.Request(value, job.Index);
            }
            catch (UriFormatException)
            {
                statuses.AddOrUpdate(job.Target.Name + " (not a valid URI)", 1, (_, n) => n + 1);
                return;
            }

            var watch = Stopwatch.StartNew();
            HttpResponseMessage sent;
            try
            {
                sent = await client.SendAsync(request, token);
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // The test host refuses a path with %00 before the site sees it, as Kestrel does (400).
                statuses.AddOrUpdate(job.Target.Name + " refused by the host (%00 in the path)", 1, (_, n) => n + 1);
                return;
            }

            using var response = sent;
            var bytes = await response.Content.ReadAsByteArrayAsync(token);
            watch.Stop();
            request.Dispose();
            times.Add(watch.Elapsed.TotalMilliseconds);
            InterlockedMax(ref maxBytes, bytes.Length);
            statuses.AddOrUpdate($"{job.Target.Name} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            var where = $"{job.Target.Name} #{job.Index}";
            if ((int)response.StatusCode >= 500)
            {
                findings.Enqueue($"{where}: {(int)response.StatusCode}");
            }

            if (bytes.Length > MaxResponseBytes || watch.Elapsed > MaxResponseTime)
            {
                findings.Enqueue($"{where}: {bytes.Length} bytes in {watch.Elapsed.TotalMilliseconds:0} ms");
            }

            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (header.Key.Contains(marker, StringComparison.OrdinalIgnoreCase) || header.Value.Any(v => v.Contains(marker, StringComparison.OrdinalIgnoreCase))
                    || header.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Enqueue($"{where}: header {header.Key}: {string.Join(",", header.Value)}");
                }
            }

            var body = Encoding.UTF8.GetString(bytes);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type == "text/html")
            {
                Interlocked.Increment(ref parsed);
                using var document = new HtmlParser().ParseDocument(body);
                foreach (var finding in Reflections(document, marker, elements, attributes))
                {
                    findings.Enqueue($"{where}: {finding}");
                }
            }
            else if (type == "application/json")
            {
                try
                {
                    using var json = JsonDocument.Parse(body);
                }
                catch (JsonException ex)
                {
                    findings.Enqueue($"{where}: invalid JSON ({ex.Message})");
                }
            }
        });
        wall.Stop();

        var logs = site.Logs.Events;
        foreach (var e in logs)
        {
            var text = e.RenderMessage() + " " + string.Join(" ", e.Properties.Values.SelectMany(Strings));
            if (QueryMarker().Match(text) is { Success: true } leaked)
            {
                findings.Enqueue($"log: typed text reached the log ({leaked.Value}): {Shorten(text)}");
            }

            if (text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                findings.Enqueue($"log: a control character in: {Shorten(text)}");
            }

            if (e.Level >= LogEventLevel.Error)
            {
                findings.Enqueue($"log: {e.Level}: {Shorten(text)} {string.Join(" | ", (e.Exception?.ToString() ?? "").Split('\n').Take(8))}");
            }
        }

        var sorted = times.Order().ToArray();
        var figures = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hostile-input corpus: {corpus.Count} strings x {Targets.Length} targets = {jobs.Count} requests in {wall.Elapsed.TotalSeconds:0.0} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  5xx: {statuses.Where(s => s.Key.EndsWith(" 5", StringComparison.Ordinal) || Regex.IsMatch(s.Key, " 5\\d\\d$")).Sum(s => s.Value)}, HTML responses parsed: {parsed}, log events checked: {logs.Count}, findings: {findings.Count}")
            .AppendLine(CultureInfo.InvariantCulture, $"  time per request: p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted.LastOrDefault():0.0} ms; largest response {maxBytes:N0} bytes")
            .AppendLine("  statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} x{s.Value}")));
        output.WriteLine(figures.ToString());
        Console.WriteLine(figures.ToString());

        if (!findings.IsEmpty)
        {
            // Every finding, for the one reading the failure (the message shows the first 30).
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), "debthelp-hostile-findings.txt"), findings);
        }

        Assert.True(findings.IsEmpty, figures + string.Join("\n", findings.OrderBy(f => f.StartsWith("log:", StringComparison.Ordinal)).Take(30)));
    }

    /// <summary>Markup that the input made: new elements or attributes, event handlers, script URLs, off-site links, the marker in script or style.</summary>
    private static IEnumerable<string> Reflections(IDocument document, string marker, HashSet<string> elements, HashSet<string> attributes)
    {
        foreach (var element in document.All)
        {
            if (!elements.Contains(element.LocalName) || element.LocalName.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"element <{element.LocalName}> the site never writes";
            }

            foreach (var attribute in element.Attributes)
            {
                if (!attributes.Contains(attribute.Name) || attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || attribute.Name.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"attribute {attribute.Name} on <{element.LocalName}> the site never writes";
                }

                // The canonical and hreflang alternates are absolute addresses of this same site (built from Site:PublicBaseUrl).
                if (attribute.Name is "href" or "src" or "action" or "formaction"
                    && !(element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate" && attribute.Value.StartsWith(SiteFactory.PublicBaseUrl + "/", StringComparison.Ordinal)))
                {
                    var url = attribute.Value.Trim().ToLowerInvariant();
                    if (url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)
                        || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
                        || url.StartsWith("/\\", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("http", StringComparison.Ordinal))
                    {
                        yield return $"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>";
                    }
                }
            }

            if (element.LocalName is "script" or "style" && element.TextContent.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"the marker inside <{element.LocalName}>";
            }
        }
    }

    private static IEnumerable<string> Strings(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => [s],
        SequenceValue seq => seq.Elements.SelectMany(Strings),
        StructureValue st => st.Properties.SelectMany(p => Strings(p.Value)),
        DictionaryValue d => d.Elements.SelectMany(kv => Strings(kv.Value)),
        _ => [],
    };

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex("fq\\d{5}", RegexOptions.IgnoreCase)]
    private static partial Regex QueryMarker();
}
