using System.Runtime.InteropServices;

namespace DebtHelp.Web.Operations;

/// <summary>
/// Hands the C library's free memory back to the system. Reading the index file goes through SQLite, whose page
/// cache and buffers are C allocations; once the connections close that memory is free, but glibc keeps it in its
/// arenas, resident, for good. After the first load at 10,000 articles that was tens of MB of the process's memory.
/// Linux with glibc only; elsewhere (musl, other systems) nothing happens.
/// </summary>
public static partial class NativeHeap
{
    /// <summary>Returns free C heap memory to the system; false where that cannot be done.</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
