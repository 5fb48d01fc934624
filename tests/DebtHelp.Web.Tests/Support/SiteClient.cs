using System.Net;
using System.Text.Json;

namespace DebtHelp.Web.Tests.Support;

/// <summary>The few ways the tests read the site over HTTP, so that a failing status says what came back.</summary>
public static class SiteClient
{
    /// <summary>The status and text of a GET, whatever the status.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetTextAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of a page that must answer 200.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var (status, body) = await client.GetTextAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}: {body[..Math.Min(body.Length, 300)]}");
        return body;
    }

    /// <summary>The JSON of an endpoint that must answer 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetPageAsync(url));
        return json.RootElement.Clone();
    }

    /// <summary>A GET with request headers such as <c>Accept-Encoding</c> or <c>If-None-Match</c>; the caller disposes the answer.</summary>
    public static async Task<HttpResponseMessage> GetWithHeadersAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }
}
