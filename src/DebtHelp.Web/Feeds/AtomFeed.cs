using System.Xml;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Pages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Feeds;

/// <summary>
/// <c>/feed.xml</c>: every article as an Atom entry (title, summary, link, updated), most recently updated first, so a
/// feed reader or a volunteer helping others can see what changed.
/// </summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(KnowledgeBaseSnapshot snapshot, string root)
    {
        var articles = snapshot.Articles
            .OrderByDescending(a => a.Updated)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("title", Namespace, SiteText.SiteName);
            xml.WriteElementString("subtitle", Namespace, SiteText.DefaultDescription);
            xml.WriteElementString("id", Namespace, root + "/");
            Link(xml, root + "/feed.xml", "self", "application/atom+xml");
            Link(xml, root + "/", "alternate", "text/html");
            xml.WriteElementString("updated", Namespace, ContentDates.Rfc3339(articles.Count > 0 ? articles[0].Updated : DateOnly.MinValue));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, SiteText.SiteName);
            xml.WriteEndElement();

            foreach (var article in articles)
            {
                var url = SiteAddress.Article(root, article.Slug);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, article.Title);
                Link(xml, url, "alternate", "text/html");
                xml.WriteElementString("id", Namespace, url);
                xml.WriteElementString("updated", Namespace, ContentDates.Rfc3339(article.Updated));
                xml.WriteElementString("summary", Namespace, article.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
