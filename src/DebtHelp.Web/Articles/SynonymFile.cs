namespace DebtHelp.Web.Articles;

/// <summary><c>synonyms.yml</c> as written: lists of words that mean the same, and question filler.</summary>
public sealed class SynonymFile
{
    public List<List<string?>?>? Groups { get; set; }
    public List<string?>? Filler { get; set; }
}
