namespace DebtHelp.Web.Operations;

/// <summary>
/// The process's open-file limit, read from <c>/proc/self/limits</c> (the runtime has already raised the soft limit
/// to the hard one by then). Every connection is a descriptor; running out made the runtime abort (probe D1).
/// </summary>
public static class DescriptorLimit
{
    /// <summary>The soft limit on open files, or null where it cannot be read (not Linux).</summary>
    public static long? Current()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/limits"))
            {
                if (line.StartsWith("Max open files", StringComparison.Ordinal))
                {
                    var fields = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return long.TryParse(fields[0], out var soft) ? soft : null; // "unlimited" -> null
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>Descriptors open right now, or 0 where that cannot be counted.</summary>
    public static int Open()
    {
        try
        {
            return Directory.GetFiles("/proc/self/fd").Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The connection limit that fits: the configured one, or less when the descriptors would not last.</summary>
    public static int FitConnections(int configured, long? limit, int open, int reserved) =>
        limit is not { } soft ? configured : (int)Math.Clamp(soft - open - reserved, 16, configured);
}
