using System.Net;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>The published site started the way a service manager starts it: from some other folder (newcomer trial, problem 4).</summary>
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task Started_from_another_folder_it_reads_its_settings_serves_its_stylesheet_and_writes_nothing_there()
    {
        using var app = new PublishedApp(new Dictionary<string, string> { ["Index__Directory"] = "" });
        await app.WaitReadyAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        // appsettings.json was read: its logging configuration writes the start-up lines.
        Assert.Contains("Indexed ", await app.WaitForOutputAsync("Indexed "), StringComparison.Ordinal);
        var home = await client.GetPageAsync("/");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/site\\.css[^\"]*)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);
        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Directory.EnumerateFileSystemEntries(app.WorkingDirectory));
    }

    [Fact]
    public async Task An_index_folder_that_cannot_be_written_falls_back_to_a_private_folder_and_leaves_other_instances_files_alone()
    {
        var shared = TempFolder.Create();
        try
        {
            // Another instance's index in the shared temp folder: the old fallback deleted it (probe D10).
            var otherInstance = Directory.CreateDirectory(Path.Combine(shared, "debthelp-index")).FullName;
            var decoy = Path.Combine(otherInstance, "kb-another-instance.db");
            await File.WriteAllTextAsync(decoy, "not ours");
            var blocked = Path.Combine(shared, "a-file");
            await File.WriteAllTextAsync(blocked, "a file where the index folder should be");
            using var app = new PublishedApp(new Dictionary<string, string>
            {
                ["Index__Directory"] = Path.Combine(blocked, "index"),
                ["TMPDIR"] = shared,
            });
            await app.WaitReadyAsync();
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/night-visits", UriKind.Relative))).StatusCode);
            Assert.True(File.Exists(decoy), "the other instance's index file was deleted");
            Assert.Contains("Cannot write the index", await app.WaitForOutputAsync("Cannot write the index"), StringComparison.Ordinal);
        }
        finally
        {
            TempFolder.TryDelete(shared);
        }
    }

    [Fact]
    public void Build_index_writes_the_index_for_the_shipped_content_and_exits()
    {
        using var app = new PublishedApp(arguments: ["build-index"]);
        Assert.True(app.WaitForExit(TimeSpan.FromSeconds(120)), "build-index did not finish:\n" + app.Output);
        Assert.Equal(0, app.ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(app.Workspace, "index"), "kb-*.db"));
    }
}
