using System.Globalization;
using System.Text;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.Search;

/// <summary>Runs the evaluation set (reader questions with the articles that answer them) against a ranking.</summary>
public static class SearchEvaluation
{
    public sealed record Question(string Text, IReadOnlyList<string> Expected, string Note);

    public sealed record Scores(int Count, double Top1, double Top3, double Mrr, IReadOnlyList<(Question Question, IReadOnlyList<string> Got)> Misses);

    /// <summary>The tuning set (evaluation-set.tsv) or, by name, the held-out set nobody tuned against.</summary>
    public static IReadOnlyList<Question> Load(string fileName = "evaluation-set.tsv")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", fileName);
        return File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Question(p[0].Trim(), p[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), p.Length > 2 ? p[^1].Trim() : ""))
            .ToList();
    }

    /// <summary>
    /// A set in the blind set's columns (question, answers or "-" when no article answers, helps, kind): the
    /// answerable questions, and the questions no article answers.
    /// </summary>
    public static (IReadOnlyList<Question> Answerable, IReadOnlyList<Question> Unanswerable) LoadWithUnanswerable(string fileName)
    {
        var all = Load(fileName);
        return ([.. all.Where(q => q.Expected is not ["-"])], [.. all.Where(q => q.Expected is ["-"])]);
    }

    /// <summary>One line per non-comment line of a list file (the crisis lists, the no-answer list).</summary>
    public static IReadOnlyList<string> Lines(string fileName) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", fileName), Encoding.UTF8)
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>Top-1, top-3 and MRR of one kind of question, from a run over a whole set.</summary>
    public static (int Count, double Top1, double Top3, double Mrr) ByKind(IReadOnlyList<Question> questions, Func<string, IReadOnlyList<string>> rank, string kind)
    {
        var subset = questions.Where(q => q.Note == kind).ToList();
        var scores = Run(subset, rank);
        return (subset.Count, scores.Top1, scores.Top3, scores.Mrr);
    }

    public static Scores Run(IReadOnlyList<Question> questions, Func<string, IReadOnlyList<string>> rank)
    {
        double top1 = 0, top3 = 0, mrr = 0;
        var misses = new List<(Question, IReadOnlyList<string>)>();
        foreach (var question in questions)
        {
            var got = rank(question.Text);
            var position = -1;
            for (var i = 0; i < got.Count; i++)
            {
                if (question.Expected.Contains(got[i]))
                {
                    position = i;
                    break;
                }
            }
            if (position == 0)
            {
                top1++;
            }

            if (position is >= 0 and < 3)
            {
                top3++;
            }
            else
            {
                misses.Add((question, got.Take(3).ToList()));
            }

            if (position >= 0)
            {
                mrr += 1.0 / (position + 1);
            }
        }

        var n = questions.Count;
        return new Scores(n, top1 / n, top3 / n, mrr / n, misses);
    }

    public static IReadOnlyList<string> OurSearch(KnowledgeBaseSnapshot snapshot, string question) =>
        SearchEngine.Search(snapshot.Search, question, 10).Hits.Select(h => h.Article.Slug).ToList();

    /// <summary>
    /// The baseline: plain FTS5 with its built-in trigram tokenizer over the raw title, questions and body,
    /// queried with every three-character piece of the question; no normalisation, filler or synonyms.
    /// </summary>
    public sealed class PlainFts5Baseline : IDisposable
    {
        private readonly SqliteConnection _connection = new("Data Source=:memory:");

        public PlainFts5Baseline(KnowledgeBaseSnapshot snapshot)
        {
            _connection.Open();
            using var create = _connection.CreateCommand();
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(slug UNINDEXED, title, questions, body, tokenize = 'trigram')";
            create.ExecuteNonQuery();
            using var insert = _connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs VALUES ($slug, $title, $questions, $body)";
            foreach (var article in snapshot.Articles)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$slug", article.Slug);
                insert.Parameters.AddWithValue("$title", article.Title);
                insert.Parameters.AddWithValue("$questions", string.Join("\n", article.Questions));
                insert.Parameters.AddWithValue("$body", article.Summary + "\n" + string.Join("\n", article.Sections.Select(s => s.Heading + "\n" + s.Text)));
                insert.ExecuteNonQuery();
            }
        }

        public IReadOnlyList<string> Rank(string question)
        {
            var pieces = new HashSet<string>();
            var text = new string(question.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
            var info = new StringInfo(text);
            for (var i = 0; i + 3 <= info.LengthInTextElements; i++)
            {
                pieces.Add(info.SubstringByTextElements(i, 3));
            }

            if (pieces.Count == 0)
            {
                return [];
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT slug FROM docs WHERE docs MATCH $q ORDER BY bm25(docs, 0, 10.0, 8.0, 1.0) LIMIT 10";
            command.Parameters.AddWithValue("$q", string.Join(" OR ", pieces.Select(p => "\"" + p.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
            var slugs = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                slugs.Add(reader.GetString(0));
            }

            return slugs;
        }

        public void Dispose() => _connection.Dispose();
    }
}
