using Markdig.Syntax;

namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>A picture placed in the article's Markdown.</summary>
public sealed class DiagramBlock(string name, string alt) : LeafBlock(null)
{
    public string Name { get; } = name;

    public string Alt { get; } = alt;
}
