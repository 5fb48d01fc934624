namespace DebtHelp.Web.Search;

/// <summary>
/// One term's postings as stored in the index file: the count, then per article the id as a gap from the
/// previous one, the field mask, the field-weighted frequency and the plain frequency, numbers as 7-bit encoded
/// integers.
/// </summary>
public static class PostingsCodec
{
    public static byte[] Encode(SearchIndex.Postings postings)
    {
        using var stream = new MemoryStream(4 + (postings.Count * 4));
        using var writer = new BinaryWriter(stream);
        writer.Write7BitEncodedInt(postings.Count);
        var previous = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            writer.Write7BitEncodedInt(postings.Docs[i] - previous);
            previous = postings.Docs[i];
            writer.Write((byte)postings.Masks[i]);
            writer.Write7BitEncodedInt(postings.Weighted[i]);
            writer.Write7BitEncodedInt(postings.Counts[i]);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are damaged.</exception>
    public static SearchIndex.Postings Decode(byte[] data, int idLimit, string term)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, writable: false));
            var count = reader.Read7BitEncodedInt();
            if (count <= 0 || count > idLimit)
            {
                throw Damaged(term);
            }

            var docs = new int[count];
            var masks = new SearchIndex.Field[count];
            var weighted = new ushort[count];
            var counts = new ushort[count];
            var id = 0;
            for (var i = 0; i < count; i++)
            {
                id += reader.Read7BitEncodedInt();
                if (id <= 0 || id >= idLimit || (i > 0 && id <= docs[i - 1]))
                {
                    throw Damaged(term);
                }

                docs[i] = id;
                masks[i] = (SearchIndex.Field)reader.ReadByte();
                var w = reader.Read7BitEncodedInt();
                if (w is < 0 or > ushort.MaxValue)
                {
                    throw Damaged(term);
                }

                weighted[i] = (ushort)w;
                var n = reader.Read7BitEncodedInt();
                if (n is < 0 or > ushort.MaxValue)
                {
                    throw Damaged(term);
                }

                counts[i] = (ushort)n;
            }

            return new SearchIndex.Postings(docs, masks, weighted, counts);
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            throw new InvalidDataException($"postings of '{term}' are damaged ({ex.Message})", ex);
        }
    }

    private static InvalidDataException Damaged(string term) => new($"postings of '{term}' are damaged");
}
