using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Operations;

/// <summary>Which reverse proxies may say who the client is (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>). Nobody by default.</summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>127.0.0.1</c> for an nginx on the same host.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR, e.g. <c>10.0.1.0/24</c> for a load-balancer subnet.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain to read back through (one nginx: 1).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}
