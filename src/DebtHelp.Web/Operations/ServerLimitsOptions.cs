using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Operations;

/// <summary>
/// Kestrel's connection limits. The defaults keep a flood of idle connections from using up the process's file
/// descriptors (which ended the process: reliability probe D1): past <see cref="MaxConnections"/> new connections are
/// closed at once, and idle ones time out.
/// </summary>
public sealed class ServerLimitsOptions
{
    public const string SectionName = "Server";

    /// <summary>Open connections at most; lowered at start to fit the descriptor limit (see docs/operations.md).</summary>
    [Range(16, 1_000_000)]
    public int MaxConnections { get; set; } = 4096;

    /// <summary>An idle keep-alive connection is closed after this.</summary>
    [Range(1, 600)]
    public int KeepAliveTimeoutSeconds { get; set; } = 30;

    /// <summary>A client has this long to send its request headers.</summary>
    [Range(1, 120)]
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>Descriptors kept free for files, the index, logging and the runtime when the connection limit is fitted.</summary>
    [Range(32, 100_000)]
    public int ReservedDescriptors { get; set; } = 256;
}
