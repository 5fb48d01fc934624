using Microsoft.EntityFrameworkCore;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>The derived index: articles, topics, tags, related links, sections and the search tables.</summary>
public sealed class KnowledgeBaseDbContext(DbContextOptions<KnowledgeBaseDbContext> options) : DbContext(options)
{
    public DbSet<ArticleRow> Articles => Set<ArticleRow>();
    public DbSet<TopicRow> Topics => Set<TopicRow>();
    public DbSet<ArticleTopicRow> ArticleTopics => Set<ArticleTopicRow>();
    public DbSet<RelatedLinkRow> RelatedLinks => Set<RelatedLinkRow>();
    public DbSet<SectionRow> Sections => Set<SectionRow>();
    public DbSet<ProblemRow> Problems => Set<ProblemRow>();
    public DbSet<MetaRow> Meta => Set<MetaRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArticleRow>(e =>
        {
            e.ToTable("articles");
            e.HasIndex(a => a.Slug).IsUnique();
        });
        modelBuilder.Entity<TopicRow>(e =>
        {
            e.ToTable("topics");
            e.HasKey(t => t.Slug);
        });
        modelBuilder.Entity<ArticleTopicRow>(e =>
        {
            e.ToTable("article_topics");
            e.HasKey(t => new { t.ArticleId, t.TopicSlug });
            e.HasIndex(t => t.TopicSlug);
        });
        modelBuilder.Entity<RelatedLinkRow>(e =>
        {
            e.ToTable("related_links");
            e.HasKey(r => new { r.FromArticleId, r.ToArticleId });
        });
        modelBuilder.Entity<SectionRow>(e =>
        {
            e.ToTable("sections");
            e.HasIndex(s => s.ArticleId);
        });
        modelBuilder.Entity<ProblemRow>(e => e.ToTable("problems"));
        modelBuilder.Entity<MetaRow>(e =>
        {
            e.ToTable("meta");
            e.HasKey(m => m.Key);
        });
    }
}
