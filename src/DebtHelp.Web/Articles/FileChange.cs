using System.Runtime.InteropServices;

namespace DebtHelp.Web.Articles;

/// <summary>
/// When a file's status last changed (its ctime) and which file it is (its inode), for <see cref="ContentDigests"/>.
/// Unlike the modification time, the change time cannot be set back: an edit that keeps the length and restores the
/// old modification time (<c>touch -d</c>, <c>cp -p</c>, <c>rsync -t</c> from an older copy) still moves it, and a file
/// replaced by a rename is another inode. Linux only (<c>statx</c>); elsewhere both are unknown (zero) and the
/// record trusts length and modification time alone.
/// </summary>
internal static partial class FileChange
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint WantChangeTime = 0x80; // STATX_CTIME
    private const uint WantInode = 0x100; // STATX_INO

    /// <summary>The change time in <see cref="DateTime"/> ticks (UTC) and the inode; (0, 0) when unknown.</summary>
    public static (long ChangeTicks, ulong Inode) Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (0, 0);
        }

        try
        {
            var status = default(Status);
            if (Statx(CurrentFolder, path, 0, WantChangeTime | WantInode, ref status) != 0
                || (status.Mask & (WantChangeTime | WantInode)) != (WantChangeTime | WantInode))
            {
                return (0, 0);
            }

            var ticks = DateTime.UnixEpoch.Ticks + (status.ChangeSeconds * TimeSpan.TicksPerSecond) + (status.ChangeNanoseconds / 100);
            return (ticks, status.Inode);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return (0, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref Status status);

    /// <summary>The kernel's <c>struct statx</c> (the same 256 bytes on every architecture); only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Status
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(96)]
        public long ChangeSeconds;

        [FieldOffset(104)]
        public uint ChangeNanoseconds;
    }
}
