using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.Feedback;

/// <summary>
/// The fixture site on real Kestrel at a loopback port (so requests carry a client address: the rate limit's key and
/// the writers' view's access rule), with a given budget of answers per minute.
/// </summary>
public sealed class FeedbackSite : IDisposable
{
    private readonly SiteFactory _inner = new();
    private readonly WebApplicationFactory<Program> _site;

    public FeedbackSite()
        : this(1_000)
    {
    }

    public FeedbackSite(int postsPerMinute)
    {
        _site = _inner.WithWebHostBuilder(b => b.UseSetting("Feedback:PostsPerMinute", postsPerMinute.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Internal:AllowedNetworks:0", "127.0.0.1/32"));
        // A free port picked here: on a factory made by WithWebHostBuilder, port 0 was seen to fall back to 5000.
        _site.UseKestrel(FreePort.Pick());
        _site.StartServer();
        _inner.Holder.WhenReady.Wait(TimeSpan.FromSeconds(60));
        // A plain client to the real server, so the redirect after a post is seen rather than followed.
#pragma warning disable CA2000 // the client owns and disposes the handler
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _site.ClientOptions.BaseAddress };
#pragma warning restore CA2000
    }

    public HttpClient Client { get; }

    public string DatabasePath => Path.Combine(_inner.IndexDirectory, "feedback.db");

    public string ContentRoot => _inner.ContentRoot;

    /// <summary>Every row of every table in the feedback file, read straight from SQLite.</summary>
    public List<string> AllRows()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + reader.GetValue(i))));
            }
        }

        return rows;
    }

    public void Dispose()
    {
        Client.Dispose();
        _site.Dispose();
        _inner.Dispose();
    }
}
