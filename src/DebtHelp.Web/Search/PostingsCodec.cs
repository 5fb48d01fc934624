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

    /// <summary>
    /// Reads what <see cref="Encode"/> wrote (the same 7-bit encoding as <see cref="BinaryReader.Read7BitEncodedInt"/>),
    /// straight from the bytes: a warm start decodes millions of postings, so no stream and reader per number.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are damaged.</exception>
    public static SearchIndex.Postings Decode(byte[] data, int idLimit, string term)
    {
        var bytes = data.AsSpan();
        var at = 0;
        var count = Read(bytes, ref at, term);
        if (count <= 0 || count > idLimit)
        {
            throw Damaged(term);
        }

        // On the pinned-object heap: these arrays live as long as the snapshot (100 MB at 10,000 articles), and there
        // the collections during a warm start never copy them from generation to generation (they cost a third of it).
        var docs = GC.AllocateUninitializedArray<int>(count, pinned: true);
        var masks = GC.AllocateUninitializedArray<SearchIndex.Field>(count, pinned: true);
        var weighted = System.Buffers.ArrayPool<ushort>.Shared.Rent(count);
        var counts = System.Buffers.ArrayPool<ushort>.Shared.Rent(count);
        var id = 0;
        for (var i = 0; i < count; i++)
        {
            id += Read(bytes, ref at, term);
            if (id <= 0 || id >= idLimit || (i > 0 && id <= docs[i - 1]) || at >= bytes.Length)
            {
                throw Damaged(term);
            }

            docs[i] = id;
            masks[i] = (SearchIndex.Field)bytes[at++];
            var w = Read(bytes, ref at, term);
            var n = Read(bytes, ref at, term);
            if (w > ushort.MaxValue || n > ushort.MaxValue)
            {
                throw Damaged(term);
            }

            weighted[i] = (ushort)w;
            counts[i] = (ushort)n;
        }

        try
        {
            return new SearchIndex.Postings(docs, masks, SearchIndex.Frequencies.Of(weighted.AsSpan(0, count), pinned: true),
                SearchIndex.Frequencies.Of(counts.AsSpan(0, count), pinned: true));
        }
        finally
        {
            System.Buffers.ArrayPool<ushort>.Shared.Return(weighted);
            System.Buffers.ArrayPool<ushort>.Shared.Return(counts);
        }
    }

    /// <summary>One non-negative 7-bit encoded number (at most five bytes, as BinaryWriter writes an int).</summary>
    private static int Read(ReadOnlySpan<byte> bytes, ref int at, string term)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw Damaged(term);
            }

            var b = bytes[at++];
            if (shift == 28 && b > 0x07)
            {
                throw Damaged(term); // beyond int.MaxValue, or a sixth byte
            }

            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return (int)value;
            }
        }

        throw Damaged(term);
    }

    private static InvalidDataException Damaged(string term) => new($"postings of '{term}' are damaged");
}
