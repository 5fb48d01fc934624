using System.IO.Compression;
using System.Net;
using DebtHelp.Web.Tests.Support;

namespace DebtHelp.Web.Tests.Site;

/// <summary>Cached pages are stored compressed, per encoding, and every variant is the same page.</summary>
public sealed class CompressedCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/articles/night-visits";

    [Fact]
    public async Task Brotli_gzip_and_plain_answers_are_the_same_page_and_repeats_come_from_the_cache()
    {
        var plain = await GetAsync(null);
        Assert.Null(plain.Encoding);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            var first = await GetAsync(encoding);
            var again = await GetAsync(encoding);
            Assert.Equal(encoding, first.Encoding);
            Assert.Equal(encoding, again.Encoding);
            Assert.Equal(first.Body, again.Body);
            Assert.True(again.FromCache, "the repeat carries the cache's Age header");
            Assert.Contains("Accept-Encoding", first.Vary);
            Assert.True(first.Body.Length < plain.Body.Length / 2, $"{encoding}: {first.Body.Length} bytes vs {plain.Body.Length}");
            Assert.Equal(plain.Body, Decompress(first.Body, encoding));
        }
    }

    [Fact]
    public async Task A_revalidation_with_the_stored_etag_gets_304_for_a_compressed_variant_too()
    {
        var first = await GetAsync("br");
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        using var response = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private async Task<(byte[] Body, string? Encoding, bool FromCache, string Vary, string ETag)> GetAsync(string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }

        using var response = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(),
            response.Content.Headers.ContentEncoding.SingleOrDefault(),
            response.Headers.Age is not null,
            string.Join(",", response.Headers.Vary),
            response.Headers.ETag?.ToString() ?? "");
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
