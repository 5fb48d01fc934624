using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DebtHelp.Web.Articles;

/// <summary>Turns one Markdown file into an <see cref="Article"/>, or explains why it cannot.</summary>
public static partial class ArticleParser
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    private static readonly IReadOnlyList<string> KnownKeys = YamlReader.KeysOf<FrontMatter>();

    private static readonly HashSet<string> ListFields = ["topics", "questions", "related", "sources", "aliases"];

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

        var read = YamlReader.Read<FrontMatter>(string.Join('\n', yamlLines), firstLine);
        if (read.Failure is { } failure)
        {
            return Fail(failure.Line, $"front matter is not valid YAML ({failure.Reason}); check quoting and indentation on this line.");
        }

        if (read.Value is not { } fields)
        {
            return Fail(firstLine, "front matter must be 'key: value' lines (title, summary, topics, ...).");
        }

        foreach (var (name, line) in read.Lines.TopLevelKeys)
        {
            lines[name] = line;
            if (!KnownKeys.Contains(name))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Warning,
                    $"unknown field '{name}' is ignored; known fields: {string.Join(", ", KnownKeys)}."));
            }
        }

        // A list field of the wrong shape gets that field's own message below; any other wrong shape is named here.
        foreach (var mismatch in read.Mismatches.Where(m => !ListFields.Contains(m.Path)))
        {
            if (mismatch.Path.Contains('[', StringComparison.Ordinal))
            {
                problems.Add(new ContentProblem(relativePath, mismatch.Line, ProblemSeverity.Warning,
                    $"{mismatch.Describe()}; this item is ignored."));
            }
            else
            {
                return Fail(mismatch.Line, $"{mismatch.Describe()}; write it on one line after '{mismatch.Path}:'.");
            }
        }

        static string? Text(string? value) => value?.Trim();

        List<(string Value, int Line)>? List(TextList? list, string key) =>
            read.IsMismatched(key) ? null
                : list?.NonBlank(key).Select(x => (x.Value, read.Lines.ValueOf(x.Path, lines.GetValueOrDefault(key, firstLine)))).ToList() ?? [];

        var slug = Text(fields.Slug) ?? fileSlug;
        if (!SlugPattern().IsMatch(slug))
        {
            return Fail(lines.GetValueOrDefault("slug", 1),
                $"'{slug}' is not a valid slug: use lowercase ASCII words joined by '-', e.g. 'night-visits.md'.");
        }

        var title = Text(fields.Title);
        if (string.IsNullOrWhiteSpace(title))
        {
            return Fail(lines.GetValueOrDefault("title", firstLine), "'title' is missing: add the reader's question or a plain statement in Chinese.");
        }

        var summary = Text(fields.Summary);
        if (string.IsNullOrWhiteSpace(summary))
        {
            return Fail(lines.GetValueOrDefault("summary", firstLine), "'summary' is missing: add the short answer in one or two sentences.");
        }

        var topics = List(fields.Topics, "topics");
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

        var questions = List(fields.Questions, "questions");
        var related = List(fields.Related, "related");
        var sources = List(fields.Sources, "sources");
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

        var order = ArticleOrder.Parse(Text(fields.Order), relativePath, lines.GetValueOrDefault("order", firstLine), problems);
        var aliases = ArticleAliases.Parse(List(fields.Aliases, "aliases"), slug, relativePath, lines.GetValueOrDefault("aliases", firstLine), problems);

        var updated = Date(fields.Updated, "updated");
        var reviewed = Date(fields.Reviewed, "reviewed");
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

        DateOnly? Date(string? value, string key)
        {
            var raw = Text(value);
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
}
