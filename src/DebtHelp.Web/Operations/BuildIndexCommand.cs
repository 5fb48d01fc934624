using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Operations;

/// <summary>
/// <c>dotnet DebtHelp.Web.dll build-index</c>: builds (or checks) the index for the current content in
/// <c>Index:Directory</c> with the site's own settings and exits, so a deploy step or an image build can leave a
/// ready index and the service starts warm. Exit code 0 when an index is ready, 1 when it could not be built.
/// </summary>
public static class BuildIndexCommand
{
    public const string Name = "build-index";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var knowledgeBase = services.GetRequiredService<KnowledgeBaseService>();
        var holder = services.GetRequiredService<KnowledgeBaseHolder>();
        await knowledgeBase.RefreshAsync(Name);
        if (holder.Current is not { } snapshot)
        {
            await output.WriteLineAsync($"could not build the index in {knowledgeBase.IndexDirectory}: {holder.FatalError}");
            return 1;
        }

        await output.WriteLineAsync($"index ready: {snapshot.IndexPath} ({snapshot.Articles.Count} articles)");
        return 0;
    }
}
