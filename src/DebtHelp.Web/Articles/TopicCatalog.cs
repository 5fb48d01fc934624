using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

        var topics = new List<Topic>();
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
            {
                problems.Add(new ContentProblem(FileName, 1, ProblemSeverity.Error,
                    "topics.yml must be a list of entries, each with slug, name and description."));
                return [];
            }

            foreach (var node in list.Children)
            {
                var line = (int)node.Start.Line;
                if (node is not YamlMappingNode map)
                {
                    problems.Add(new ContentProblem(FileName, line, ProblemSeverity.Error, "a topic must be a mapping with slug, name and description."));
                    continue;
                }

                var slug = Scalar(map, "slug");
                var name = Scalar(map, "name");
                var description = Scalar(map, "description") ?? "";
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
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(FileName, (int)ex.Start.Line, ProblemSeverity.Error, $"topics.yml is not valid YAML: {ex.Message}"));
            return [];
        }

        foreach (var required in RequiredSlugs.Where(r => topics.All(t => t.Slug != r)))
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Error, $"topic '{required}' is missing from topics.yml; the site expects all five topics."));
        }

        return topics;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
