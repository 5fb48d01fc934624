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

    public static bool IsInternalPath(PathString path) =>
        path.StartsWithSegments("/internal", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
}
