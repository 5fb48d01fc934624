using System.IO.Enumeration;
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
    /// <param name="digests">What the last start read of each file (<see cref="ContentDigests"/>); null to read every file.</param>
    public static string ComputeHash(string root, ContentDigests? digests = null)
    {
        digests ??= ContentDigests.None(root);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(root))
        {
            // Links left out count too (by name only): adding one rebuilds the index, so it gets reported.
            var skipped = new List<ContentProblem>();
            var files = EnumerateFiles(root, root, skipped);
            foreach (var link in skipped)
            {
                sha.AppendData(Encoding.UTF8.GetBytes("link " + link.File + "\n"));
            }

            // Each file's bytes are hashed on their own, on every core (a warm start waits for this: 10,000 files),
            // then the names and those hashes in path order.
            var names = files.Select(f => Relative(root, f)).ToArray();
            var fileDigests = new byte[files.Count][];
            Parallel.For(0, files.Count, i => fileDigests[i] = digests.Of(files[i], names[i]));
            for (var i = 0; i < files.Count; i++)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(names[i] + "\n"));
                sha.AppendData(fileDigests[i]);
            }

            digests.Save();
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }

    /// <summary>
    /// Reads and checks every file. <paramref name="servedFrom"/> (slug → source file of the articles the site serves
    /// now) settles a slug collision in favour of the article already served: a newly added file can never take over
    /// a live address; the newcomer is the one reported. Without it (the first load) the first file in path order wins.
    /// </summary>
    public static ContentSet Load(string root, ContentOptions options, DateOnly today, IReadOnlyDictionary<string, string>? servedFrom = null)
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
            ? EnumerateFiles(articlesDir, root, problems).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList()
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
                problems.Add(new ContentProblem(relative, FirstNonUtf8Line(file), ProblemSeverity.Error, "the file is not UTF-8 text; save it as UTF-8."));
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

        // Duplicate slugs: the file that serves the slug now keeps it, else the first file in path order.
        var bySlug = new Dictionary<string, ArticleParser.Result>();
        if (servedFrom is not null)
        {
            parsed = parsed.OrderBy(r => servedFrom.TryGetValue(r.Article!.Slug, out var file) && file == r.Article.SourceFile ? 0 : 1).ToList();
        }

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

        // A related slug that names no article is a warning and its link is dropped (RelatedArticles skips unknown
        // slugs): deleting or breaking one article must not take offline every article that lists it.
        foreach (var result in bySlug.Values)
        {
            var article = result.Article!;
            foreach (var missing in article.Related.Where(r => !bySlug.ContainsKey(r)).Distinct(StringComparer.Ordinal))
            {
                problems.Add(new ContentProblem(article.SourceFile, result.FieldLines.GetValueOrDefault("related", 1), ProblemSeverity.Warning,
                    $"related article '{missing}' does not exist, so the link to it is left out; fix the slug (a file name in content/articles without '.md') or remove it from 'related'."));
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

    /// <summary>
    /// Every file below <paramref name="dir"/>, in path order. Symbolic links to folders are never followed (a link
    /// to ".." made every rebuild read each article some 40 times, and a link to another folder served files from
    /// outside content/); a symbolic link to a file is read only when its target is inside <paramref name="root"/>.
    /// Each link left out is reported once as a warning when <paramref name="problems"/> is given.
    /// </summary>
    private static List<string> EnumerateFiles(string dir, string root, List<ContentProblem>? problems)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var skipped = new List<(string Path, string Why)>();
        var files = new FileSystemEnumerable<string>(dir, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    return true;
                }

                skipped.Add((entry.ToFullPath(), "is a symbolic link to a folder; links to folders are not followed"));
                return false;
            },
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
            {
                if (entry.IsDirectory)
                {
                    return false;
                }

                if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    return true;
                }

                var path = entry.ToFullPath();
                if (LinkTargetInside(path, fullRoot))
                {
                    return true;
                }

                skipped.Add((path, "is a symbolic link to a file outside the content folder (or a broken link); it is not read"));
                return false;
            },
        }
        .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith('~'))
        .Order(StringComparer.Ordinal)
        .ToList();
        foreach (var (path, why) in skipped.Where(s => !Path.GetFileName(s.Path).StartsWith('.')))
        {
            problems?.Add(new ContentProblem(Relative(root, path), 0, ProblemSeverity.Warning, why + "; replace it with a real file or folder."));
        }

        return files;
    }

    private static bool LinkTargetInside(string link, string fullRoot)
    {
        try
        {
            return File.ResolveLinkTarget(link, returnFinalTarget: true) is { Exists: true } target
                && !target.Attributes.HasFlag(FileAttributes.Directory)
                && Path.GetFullPath(target.FullName).StartsWith(fullRoot, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The line holding the first byte that is not UTF-8, or 0 when the file cannot be read again.</summary>
    private static int FirstNonUtf8Line(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            return 1 + bytes.AsSpan(0, valid).Count((byte)'\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
