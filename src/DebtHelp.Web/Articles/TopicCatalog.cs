namespace DebtHelp.Web.Articles;

/// <summary>Reads <c>topics.yml</c>: the five fixed topics with their Chinese names and descriptions.</summary>
public static class TopicCatalog
{
    public const string FileName = "topics.yml";

    /// <summary>The topic slugs the site is designed around, in display order.</summary>
    public static readonly IReadOnlyList<string> RequiredSlugs =
        ["home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints"];

    public static IReadOnlyList<Topic> Load(string contentRoot, List<ContentProblem> problems)
    {
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Error,
                "topics.yml is missing: create it with one entry (slug, name, description) per topic."));
            return [];
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Error, $"topics.yml could not be read ({ex.Message})."));
            return [];
        }

        var read = YamlReader.Read<List<TopicEntry?>>(text);
        if (read.Failure is { } failure)
        {
            problems.Add(new ContentProblem(FileName, failure.Line, ProblemSeverity.Error, $"topics.yml is not valid YAML: {failure.Reason}"));
            return [];
        }

        if (read.Value is not { } entries)
        {
            problems.Add(new ContentProblem(FileName, 1, ProblemSeverity.Error,
                "topics.yml must be a list of entries, each with slug, name and description."));
            return [];
        }

        var topics = new List<Topic>();
        for (var i = 0; i < entries.Count; i++)
        {
            var line = read.Lines.ValueOf(YamlLines.Item("", i), 1);
            if (entries[i] is not { } entry)
            {
                problems.Add(new ContentProblem(FileName, line, ProblemSeverity.Error, "a topic must be a mapping with slug, name and description."));
                continue;
            }

            var slug = entry.Slug;
            var name = entry.Name;
            var description = entry.Description ?? "";
            if (string.IsNullOrWhiteSpace(slug) || string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new ContentProblem(FileName, line, ProblemSeverity.Error, "a topic needs both 'slug' and 'name'."));
                continue;
            }

            if (topics.Any(t => t.Slug == slug))
            {
                problems.Add(new ContentProblem(FileName, line, ProblemSeverity.Error, $"topic '{slug}' is listed twice; keep one entry."));
                continue;
            }

            topics.Add(new Topic(slug.Trim(), name.Trim(), description.Trim(), topics.Count));
        }

        foreach (var required in RequiredSlugs.Where(r => topics.All(t => t.Slug != r)))
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Error, $"topic '{required}' is missing from topics.yml; the site expects all five topics."));
        }

        return topics;
    }
}
