namespace DebtHelp.Web.Operations;

/// <summary>
/// <c>/internal/*</c> (what readers searched for without a result) and <c>/metrics</c> answer only clients in
/// <c>Internal:AllowedNetworks</c>; with none configured they do not exist (404 for everyone, loopback included).
/// </summary>
public sealed class InternalAccess(InternalAccessOptions settings)
{
    public const string MetricsPath = "/metrics";

    private readonly NetworkList _allowed = new(settings.AllowedNetworks, "Internal:AllowedNetworks");

    public bool Enabled => !_allowed.IsEmpty;

    public bool Allows(HttpContext context) => _allowed.Contains(context.Connection.RemoteIpAddress);

    /// <summary>Also under the 繁體 prefixes (/zh-hant and /zh-hk): this check runs before <c>UsePathBase</c> takes them off.</summary>
    public static bool IsInternalPath(PathString path)
    {
        foreach (var script in Chinese.ChineseScript.All)
        {
            if (script.Prefix.Length > 0 && path.StartsWithSegments(script.Prefix, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                path = rest;
                break;
            }
        }

        return path.StartsWithSegments("/internal", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
    }
}
