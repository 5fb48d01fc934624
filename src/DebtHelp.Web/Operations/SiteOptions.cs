using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Operations;

/// <summary>The site's public address: every absolute URL it writes is built from this, never from the request's Host.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string SectionName = "Site";

    /// <summary>Where readers reach the site, scheme and host (and port), no path: <c>https://kb.example.org</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>HSTS lifetime, sent on every response when <see cref="PublicBaseUrl"/> is https. 0 sends none.</summary>
    [Range(0, 730)]
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary><see cref="PublicBaseUrl"/> without a trailing slash.</summary>
    public string Root => PublicBaseUrl.TrimEnd('/');

    public bool IsHttps => Root.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            yield return new ValidationResult(
                $"Site:PublicBaseUrl must be an absolute http or https address without a path, like https://kb.example.org (got '{PublicBaseUrl}')",
                [nameof(PublicBaseUrl)]);
        }
    }
}
