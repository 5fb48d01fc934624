namespace DebtHelp.Web.Operations;

/// <summary>The connection limits in force, for the start-up log line.</summary>
public sealed record ServerLimitsReport(ServerLimitsOptions Configured, int MaxConnections, long? DescriptorLimit);
