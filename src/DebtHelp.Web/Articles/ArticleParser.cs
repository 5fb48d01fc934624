using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DebtHelp.Web.Articles;

/// <summary>Turns one Markdown file into an <see cref="Article"/>, or explains why it cannot.</summary>
public static partial class ArticleParser
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    private static readonly HashSet<string> KnownKeys =
        ["title", "summary", "topics", "questions", "related", "updated", "reviewed", "sources", "slug", "order", "aliases"];

    /// <summary>The result of reading one file: the article, or null when it had to be left out.</summary>
    public sealed record Result(Article? Article, IReadOnlyList<ContentProblem> Problems, IReadOnlyDictionary<string, int> FieldLines);

    /// <param name="relativePath">Path relative to the content root, used in messages.</param>
    /// <param name="topicSlugs">Known topic slugs; an unknown one leaves the file out.</param>
    public static Result Parse(string relativePath, string markdown, IReadOnlySet<string> topicSlugs)
    {
        var problems = new List<ContentProblem>();
        var lines = new Dictionary<string, int>();
        Result Fail(int line, string message)
        {
            problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error, message));
            return new Result(null, problems, lines);
        }

        if (markdown.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(0, "the file is binary, not Markdown text; remove it from content/articles/.");
        }

        var fileSlug = Path.GetFileNameWithoutExtension(relativePath);
        var document = MarkdownRenderer.Parse(markdown);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            return Fail(1, "no front matter: start the file with a '---' line, the fields (title, summary, topics, ...), and another '---' line.");
        }

        // The block's lines include the opening and closing '---'.
        var yamlLines = frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        // frontMatter.Line is the 0-based line of the opening '---'; the YAML starts on the next line.
        var firstLine = frontMatter.Line + 2;
        if (yamlLines.Count > 0 && yamlLines[0].TrimEnd() == "---")
        {
            yamlLines.RemoveAt(0);
        }

        if (yamlLines.Count > 0 && yamlLines[^1].TrimEnd() is "---" or "...")
        {
            yamlLines.RemoveAt(yamlLines.Count - 1);
        }

        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', yamlLines)));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return Fail(firstLine, "front matter must be 'key: value' lines (title, summary, topics, ...).");
            }

            map = root;
        }
        catch (YamlException ex)
        {
            // An unclosed bracket or quote is reported where the text ends; point at the last front matter line then.
            var line = firstLine + Math.Clamp((int)ex.Start.Line - 1, 0, Math.Max(0, yamlLines.Count - 1));
            return Fail(line, $"front matter is not valid YAML ({FirstLine(ex.Message)}); check quoting and indentation on this line.");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet sometimes fails without a position; find the first line at which the text stops parsing.
            var line = firstLine + FirstBadLine(yamlLines);
            return Fail(line, "front matter is not valid YAML; check brackets, quotes and indentation on this line.");
        }

        int LineOf(YamlNode node) => firstLine + Math.Max(0, (int)node.Start.Line - 1);

        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            lines[name] = LineOf(key);
            if (!KnownKeys.Contains(name))
            {
                problems.Add(new ContentProblem(relativePath, LineOf(key), ProblemSeverity.Warning,
                    $"unknown field '{name}' is ignored; known fields: {string.Join(", ", KnownKeys)}."));
            }
        }

        string? Text(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value?.Trim() : null;

        List<(string Value, int Line)>? List(string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var v))
            {
                return [];
            }

            return v switch
            {
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>()
                    .Where(s => !string.IsNullOrWhiteSpace(s.Value))
                    .Select(s => (s.Value!.Trim(), LineOf(s))).ToList(),
                YamlScalarNode s when string.IsNullOrWhiteSpace(s.Value) => [],
                YamlScalarNode s => [(s.Value!.Trim(), LineOf(s))],
                _ => null,
            };
        }

        var slug = Text("slug") ?? fileSlug;
        if (!SlugPattern().IsMatch(slug))
        {
            return Fail(lines.GetValueOrDefault("slug", 1),
                $"'{slug}' is not a valid slug: use lowercase ASCII words joined by '-', e.g. 'night-visits.md'.");
        }

        var title = Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return Fail(lines.GetValueOrDefault("title", firstLine), "'title' is missing: add the reader's question or a plain statement in Chinese.");
        }

        var summary = Text("summary");
        if (string.IsNullOrWhiteSpace(summary))
        {
            return Fail(lines.GetValueOrDefault("summary", firstLine), "'summary' is missing: add the short answer in one or two sentences.");
        }

        var topics = List("topics");
        if (topics is null || topics.Count == 0)
        {
            return Fail(lines.GetValueOrDefault("topics", firstLine),
                $"'topics' must list at least one topic slug ({string.Join(", ", topicSlugs.Order())}).");
        }

        foreach (var (topic, line) in topics)
        {
            if (!topicSlugs.Contains(topic))
            {
                return Fail(line, $"unknown topic '{topic}': use one of {string.Join(", ", topicSlugs.Order())} or add it to topics.yml.");
            }
        }

        var questions = List("questions");
        var related = List("related");
        var sources = List("sources");
        foreach (var (key, value) in new[] { ("questions", questions), ("related", related), ("sources", sources) })
        {
            if (value is null)
            {
                return Fail(lines.GetValueOrDefault(key, firstLine), $"'{key}' must be a list ('- item' lines or [a, b]).");
            }
        }

        foreach (var (target, line) in related!)
        {
            if (!SlugPattern().IsMatch(target))
            {
                return Fail(line, $"related entry '{target}' is not a slug: write the file name without '.md', e.g. 'night-visits'.");
            }
        }

        if (questions!.Count is < 3 or > 8)
        {
            problems.Add(new ContentProblem(relativePath, lines.GetValueOrDefault("questions", firstLine), ProblemSeverity.Warning,
                "'questions' should list 3 to 8 other ways a reader asks this; search relies on them."));
        }

        var order = ArticleOrder.Parse(Text("order"), relativePath, lines.GetValueOrDefault("order", firstLine), problems);
        var aliases = ArticleAliases.Parse(List("aliases"), slug, relativePath, lines.GetValueOrDefault("aliases", firstLine), problems);

        var updated = Date("updated");
        var reviewed = Date("reviewed");
        if (updated is null || reviewed is null)
        {
            return new Result(null, problems, lines);
        }

        var links = MarkdownRenderer.RewriteArticleLinks(document);
        var sections = MarkdownRenderer.ExtractSections(document, title);
        var html = MarkdownRenderer.RenderBody(document);

        var article = new Article
        {
            Slug = slug,
            Title = title,
            Summary = summary,
            Topics = topics.Select(t => t.Value).Distinct().ToList(),
            Questions = questions.Select(q => q.Value).Distinct().ToList(),
            Related = related.Select(r => r.Value).Where(r => r != slug).Distinct().ToList(),
            Updated = updated.Value,
            Reviewed = reviewed.Value,
            Sources = sources!.Select(s => s.Value).ToList(),
            Html = html,
            Sections = sections,
            SourceFile = relativePath,
            LinksTo = links.Select(l => l.Slug).Distinct().ToList(),
            Order = order,
            Aliases = aliases.Select(a => a.Value).ToList(),
        };
        foreach (var (alias, line) in aliases)
        {
            lines.TryAdd(ArticleAliases.LineKeyPrefix + alias, line);
        }

        foreach (var (target, line) in links)
        {
            lines.TryAdd("link:" + target, line);
        }

        return new Result(article, problems, lines);

        DateOnly? Date(string key)
        {
            var raw = Text(key);
            var line = lines.GetValueOrDefault(key, firstLine);
            if (string.IsNullOrWhiteSpace(raw))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error, $"'{key}' is missing: add a date such as {key}: 2026-11-23."));
                return null;
            }

            if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error, $"'{key}: {raw}' is not a date: write it as YYYY-MM-DD."));
                return null;
            }

            return date;
        }
    }

    private static int FirstBadLine(List<string> lines)
    {
        for (var count = 1; count <= lines.Count; count++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines.Take(count))));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException)
            {
                return count - 1;
            }
        }

        return 0;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
