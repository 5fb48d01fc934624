using System.Text;
using System.Xml;

namespace DebtHelp.Web.Feeds;

/// <summary>How the XML files are written: UTF-8 without a byte order mark, indented for people who open them.</summary>
public static class FeedXml
{
    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };
}
