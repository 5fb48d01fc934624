namespace DebtHelp.Web.Operations;

/// <summary>Who may read <c>/internal/*</c> (search gaps) and <c>/metrics</c>. Empty: nobody, and no metrics are collected.</summary>
public sealed class InternalAccessOptions
{
    public const string SectionName = "Internal";

    /// <summary>Client addresses or CIDR networks (after forwarded headers), e.g. <c>127.0.0.1</c> or <c>10.0.0.5/32</c>.</summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
