using System.Xml;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Feeds;

/// <summary>
/// <c>/sitemap.xml</c>: the home page, every topic and every article, each with the date its content last changed
/// (an article's <c>updated</c>; a topic's or the home page's newest article).
/// </summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(KnowledgeBaseSnapshot snapshot, string root)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            if (snapshot.Articles.Count > 0)
            {
                Url(xml, root + "/", snapshot.Articles.Max(a => a.Updated));
            }

            foreach (var topic in snapshot.Topics)
            {
                var articles = snapshot.ArticlesIn(topic.Slug);
                if (articles.Count > 0)
                {
                    Url(xml, SiteAddress.Topic(root, topic.Slug), articles.Max(a => a.Updated));
                }
            }

            foreach (var article in snapshot.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal))
            {
                Url(xml, SiteAddress.Article(root, article.Slug), article.Updated);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Url(XmlWriter xml, string location, DateOnly lastModified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        xml.WriteElementString("lastmod", Namespace, ContentDates.W3CDate(lastModified));
        xml.WriteEndElement();
    }
}
