using System.Diagnostics;

namespace DebtHelp.Web.Tests.Support;

public static class ChildProcess
{
    /// <summary>Ends a process a test started, with its children (waiting up to 10 s), and releases it.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started or has already been released.
        }

        process.Dispose();
    }
}
