namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>A picture of steps in order, each step a link to the article that explains it.</summary>
public sealed record Diagram(string Name, string Title, string Caption, IReadOnlyList<DiagramStep> Steps);

/// <summary>One box: a short bold title, a few short lines (SVG text does not wrap: each line fits the box), the article it links to.</summary>
public sealed record DiagramStep(string Title, IReadOnlyList<string> Lines, string Slug);
