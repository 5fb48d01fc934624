using System.Security.Cryptography;
using System.Text;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Articles;

/// <summary>Reads the whole content folder. Never writes to it.</summary>
public static class ContentLoader
{
    public const string ArticlesFolder = "articles";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Hash of every file that shapes the index, plus the build of this program.</summary>
    public static string ComputeHash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(root))
        {
            foreach (var file in EnumerateFiles(root))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Relative(root, file) + "\n"));
                try
                {
                    var info = new FileInfo(file);
                    sha.AppendData(BitConverter.GetBytes(info.Length));
                    if (info.Length <= 4_000_000)
                    {
                        sha.AppendData(File.ReadAllBytes(file));
                    }
                }
                catch (IOException)
                {
                    // A file that vanished or is locked mid-hash changes the hash next time anyway.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }

    public static ContentSet Load(string root, ContentOptions options, DateOnly today)
    {
        var hash = ComputeHash(root);
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(root))
        {
            problems.Add(new ContentProblem(".", 0, ProblemSeverity.Error, $"the content folder '{root}' does not exist; set Content:RootPath."));
            return new ContentSet(root, hash, [], [], problems, SynonymTable.Empty);
        }

        var topics = TopicCatalog.Load(root, problems);
        var synonyms = SynonymTable.Load(root, problems);
        var topicSlugs = topics.Select(t => t.Slug).ToHashSet();

        var parsed = new List<ArticleParser.Result>();
        var articlesDir = Path.Combine(root, ArticlesFolder);
        var files = Directory.Exists(articlesDir)
            ? EnumerateFiles(articlesDir).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        foreach (var file in files)
        {
            var relative = Relative(root, file);
            string text;
            try
            {
                var length = new FileInfo(file).Length;
                if (length > options.MaxArticleBytes)
                {
                    problems.Add(new ContentProblem(relative, 0, ProblemSeverity.Error,
                        $"the file is {length:N0} bytes, over the {options.MaxArticleBytes:N0}-byte limit for an article; split it or remove it."));
                    continue;
                }

                text = File.ReadAllText(file, StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                problems.Add(new ContentProblem(relative, 0, ProblemSeverity.Error, "the file is not UTF-8 text; save it as UTF-8."));
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ContentProblem(relative, 0, ProblemSeverity.Error, $"the file could not be read ({ex.Message})."));
                continue;
            }

            var result = ArticleParser.Parse(relative, text.TrimStart('\uFEFF'), topicSlugs);
            problems.AddRange(result.Problems);
            if (result.Article is not null)
            {
                parsed.Add(result);
            }
        }

        // Duplicate slugs: the first file (in path order) keeps it.
        var bySlug = new Dictionary<string, ArticleParser.Result>();
        foreach (var result in parsed)
        {
            var article = result.Article!;
            if (bySlug.TryGetValue(article.Slug, out var first))
            {
                problems.Add(new ContentProblem(article.SourceFile, result.FieldLines.GetValueOrDefault("slug", 1), ProblemSeverity.Error,
                    $"slug '{article.Slug}' is already used by {first.Article!.SourceFile}; rename one of the files."));
                continue;
            }

            bySlug[article.Slug] = result;
        }

        // A related slug that names no file leaves the file out. Checked against every file that parsed, so one
        // bad file does not take the articles that point at it down with it (their link to it is simply dropped).
        var parsedSlugs = bySlug.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var result in bySlug.Values.ToList())
        {
            var article = result.Article!;
            var missing = article.Related.FirstOrDefault(r => !parsedSlugs.Contains(r));
            if (missing is not null)
            {
                problems.Add(new ContentProblem(article.SourceFile, result.FieldLines.GetValueOrDefault("related", 1), ProblemSeverity.Error,
                    $"related article '{missing}' does not exist; fix the slug (a file name in content/articles without '.md') or remove it from 'related'."));
                bySlug.Remove(article.Slug);
            }
        }

        foreach (var result in bySlug.Values)
        {
            var article = result.Article!;
            foreach (var target in article.LinksTo.Where(t => !bySlug.ContainsKey(t)))
            {
                problems.Add(new ContentProblem(article.SourceFile, result.FieldLines.GetValueOrDefault("link:" + target, 0), ProblemSeverity.Error,
                    $"link to article '{target}' does not resolve; fix the link target (write it as other-slug.md)."));
            }

            if (article.Reviewed.AddMonths(options.ReviewWarningMonths) < today)
            {
                problems.Add(new ContentProblem(article.SourceFile, result.FieldLines.GetValueOrDefault("reviewed", 1), ProblemSeverity.Warning,
                    $"last reviewed {article.Reviewed:yyyy-MM-dd}, over {options.ReviewWarningMonths} months ago: check the article against current law and update 'reviewed'."));
            }
        }

        var articles = ArticleAliases.RemoveCollisions(bySlug.Values.ToList(), problems).OrderBy(a => a.Slug, StringComparer.Ordinal).ToList();
        return new ContentSet(root, hash, topics, articles, problems, synonyms);
    }

    private static IEnumerable<string> EnumerateFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        })
        .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith('~'))
        .Order(StringComparer.Ordinal);

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
