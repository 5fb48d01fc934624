using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.KnowledgeBase;

public static class KnowledgeBaseSetup
{
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.SectionName).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeBaseHolder>();
        services.AddSingleton<KnowledgeBaseService>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBaseService>());
        services.AddSingleton<ArticleBodies>();
        // The snapshot of the current request: read once from the holder, then the same for the whole request
        // (page, cache key and ETag agree even when a swap happens mid-request).
        services.AddScoped(sp => sp.GetRequiredService<KnowledgeBaseHolder>().Current
            ?? throw new InvalidOperationException("No snapshot yet: the loading gate must run before anything that reads one."));
        return services;
    }
}
