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
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchGapLog>();
        return services;
    }
}
