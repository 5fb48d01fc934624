namespace DebtHelp.Web.Chinese;

/// <summary>
/// Dictionaries matched together, as OpenCC's <c>DictGroup</c>: with <c>short_circuit</c> the first dictionary that
/// matches at all wins (its longest key), with <c>union</c> the longest key of any of them.
/// </summary>
internal sealed class OpenCcDictionaryGroup(IReadOnlyList<OpenCcDictionaryGroup.Member> members, bool union)
{
    /// <summary>A member is either a dictionary or a nested group.</summary>
    internal sealed record Member(OpenCcDictionary? Dictionary, OpenCcDictionaryGroup? Group)
    {
        public int MatchPrefix(ReadOnlySpan<char> text, out string value) =>
            Dictionary is not null ? Dictionary.MatchPrefix(text, out value) : Group!.MatchPrefix(text, out value);
    }

    public int MatchPrefix(ReadOnlySpan<char> text, out string value)
    {
        var best = 0;
        value = "";
        foreach (var member in members)
        {
            var length = member.MatchPrefix(text, out var found);
            if (length == 0)
            {
                continue;
            }

            if (!union)
            {
                value = found;
                return length;
            }

            if (length > best)
            {
                best = length;
                value = found;
            }
        }

        return best;
    }
}
