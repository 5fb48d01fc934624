using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace DebtHelp.Web.Pages.Articles;

/// <summary>
/// schema.org FAQPage data for an article whose title is a reader's question: the title is the question, the
/// summary its accepted answer. It goes in a <c>&lt;script type="application/ld+json"&gt;</c> block, which browsers
/// never execute, so the Content-Security-Policy (script-src 'self') does not apply to it.
/// </summary>
public static class FaqStructuredData
{
    private static readonly string[] QuestionWords = ["吗", "怎么", "如何", "什么", "哪"];

    /// <summary>
    /// Chinese written as characters, but &lt; &gt; &amp; ' + and ` always escaped (\u003C ...), so no title or summary can
    /// end the script element early (<c>&lt;/script&gt;</c>) or open an HTML comment in it.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static bool IsQuestion(string title)
    {
        var trimmed = title.TrimEnd();
        return trimmed.EndsWith('？') || trimmed.EndsWith('?') || QuestionWords.Any(w => trimmed.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The JSON-LD text for a question page, or null when the title is not a question.</summary>
    public static string? For(string title, string summary)
    {
        if (!IsQuestion(title))
        {
            return null;
        }

        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["mainEntity"] = new JsonArray(new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = title,
                ["acceptedAnswer"] = new JsonObject
                {
                    ["@type"] = "Answer",
                    ["text"] = summary,
                },
            }),
        };
        return data.ToJsonString(Json);
    }
}
