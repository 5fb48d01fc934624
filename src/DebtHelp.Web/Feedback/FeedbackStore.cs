using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Feedback;

/// <summary>
/// Per-article counts of answers to "was this helpful", in their own small SQLite file. A row is (article, answer,
/// count) and nothing else: no time, no address, no text, so a count can never be traced back to a reader.
/// </summary>
public sealed class FeedbackStore : IDisposable
{
    public const string Helpful = "helpful";
    public const string NotHelpful = "not-helpful";
    public const string MissingPrefix = "missing:";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _write = new(1, 1);

    public FeedbackStore(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        using var connection = Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS feedback_counts (slug TEXT NOT NULL, answer TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (slug, answer)) WITHOUT ROWID";
        create.ExecuteNonQuery();
    }

    public string Path { get; }

    /// <summary>Adds one to each answer given in one post (each at most once).</summary>
    public async Task RecordAsync(string slug, IEnumerable<string> answers)
    {
        await _write.WaitAsync();
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            foreach (var answer in answers.Distinct(StringComparer.Ordinal))
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO feedback_counts (slug, answer, count) VALUES ($slug, $answer, 1) ON CONFLICT (slug, answer) DO UPDATE SET count = count + 1";
                command.Parameters.AddWithValue("$slug", slug);
                command.Parameters.AddWithValue("$answer", answer);
                await command.ExecuteNonQueryAsync();
            }

            transaction.Commit();
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Every count, by article then answer.</summary>
    public IReadOnlyList<(string Slug, string Answer, long Count)> Counts()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT slug, answer, count FROM feedback_counts ORDER BY slug, answer";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    public void Dispose() => _write.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
