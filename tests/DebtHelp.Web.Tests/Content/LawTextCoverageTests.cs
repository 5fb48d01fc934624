namespace DebtHelp.Web.Tests.Content;

/// <summary>
/// Every statute text in content/law-texts/ is one the citation check knows (CitationTests.Laws): a text added without
/// a mapping would let citations of that law fail with "no text of it", or let a wrong law name go unchecked.
/// </summary>
public sealed partial class CitationTests
{
    [Fact]
    public void Every_statute_file_in_law_texts_is_mapped_to_a_law_name_in_the_citation_check()
    {
        var mapped = Laws.Values.SelectMany(files => files).ToHashSet(StringComparer.Ordinal);
        var unmapped = Directory.EnumerateFiles(LawTexts, "*.md")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => !string.Equals(f, "README.md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !mapped.Contains(f))
            .Order(StringComparer.Ordinal)
            .Select(f => $"content/law-texts/{f} is not in CitationTests.Laws: add the full law name it holds (as articles cite it, 《…》) with this file")
            .ToList();

        Assert.True(unmapped.Count == 0, string.Join("\n", unmapped));
    }

    [Fact]
    public void Every_file_the_citation_check_maps_exists_in_law_texts()
    {
        var missing = Laws.SelectMany(kv => kv.Value.Select(f => (Law: kv.Key, File: f)))
            .Where(x => !File.Exists(Path.Combine(LawTexts, x.File)))
            .Select(x => $"《{x.Law}》 maps to content/law-texts/{x.File}, which does not exist")
            .ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
