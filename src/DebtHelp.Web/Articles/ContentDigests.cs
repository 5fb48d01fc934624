using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DebtHelp.Web.Articles;

/// <summary>
/// The digest of each content file as the last start read it, with the file's length, modification time and, on
/// Linux, its change time and inode (<see cref="FileChange"/>), kept in the index folder (never in the content
/// folder). A file whose length and times are the same as then is not read again: at 10,000 articles reading and
/// hashing every file was a tenth of a warm start (0.2 s). Like git's index, the change time catches an edit that
/// keeps the length and sets the modification time back (<c>touch -d</c>, <c>cp -p</c> of an older copy), which no
/// one can set back; where it is unknown (not Linux) such an edit is not noticed until the file's next change, and
/// deleting the record forces a full read. A file changed within two seconds before the record was made is read
/// again (its times may not move on a quick second edit), and symbolic links are always read. The record belongs to one content folder:
/// another folder's record is ignored.
/// </summary>
public sealed class ContentDigests
{
    private const string Header = "debthelp-content-digests 2";
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly string? _path;
    private readonly string _root;
    private readonly Dictionary<string, (long Length, long Ticks, long Change, ulong Inode, byte[] Digest)> _known;
    private readonly DateTime _recordedAt;
    private readonly Dictionary<string, (long Length, long Ticks, long Change, ulong Inode, byte[] Digest)> _now = new(StringComparer.Ordinal);
    private bool _changed;

    private ContentDigests(string? path, string root, Dictionary<string, (long, long, long, ulong, byte[])> known, DateTime recordedAt)
    {
        _path = path;
        _root = root;
        _known = known;
        _recordedAt = recordedAt;
    }

    /// <summary>Nothing recorded, nothing kept: every file is read.</summary>
    public static ContentDigests None(string root) => new(null, root, new(StringComparer.Ordinal), DateTime.MinValue);

    /// <summary>The record at <paramref name="path"/> for <paramref name="root"/>; empty when missing, damaged or another folder's.</summary>
    public static ContentDigests Open(string path, string root)
    {
        var fullRoot = Path.GetFullPath(root);
        var known = new Dictionary<string, (long, long, long, ulong, byte[])>(StringComparer.Ordinal);
        var recordedAt = DateTime.MinValue;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() == Header
                && reader.ReadLine() == fullRoot
                && long.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var at))
            {
                recordedAt = new DateTime(at, DateTimeKind.Utc);
                while (reader.ReadLine() is { } line)
                {
                    var parts = line.Split('\t', 6);
                    if (parts.Length == 6
                        && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                        && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                        && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var change)
                        && ulong.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
                        && parts[4].Length == 64)
                    {
                        known[parts[5]] = (length, ticks, change, inode, Convert.FromHexString(parts[4]));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            known.Clear();
        }

        return new ContentDigests(path, fullRoot, known, recordedAt);
    }

    /// <summary>The digest of one file (its length and, up to 4 MB, its bytes), from the record when it still holds.</summary>
    public byte[] Of(string file, string relative)
    {
        try
        {
            var info = new FileInfo(file);
            var length = info.Length;
            var ticks = info.LastWriteTimeUtc.Ticks;
            var (change, inode) = FileChange.Of(file);
            var trusted = (info.Attributes & FileAttributes.ReparsePoint) == 0 && Math.Max(ticks, change) < _recordedAt.Ticks - Settled.Ticks;
            if (trusted && _known.TryGetValue(relative, out var known)
                && known.Length == length && known.Ticks == ticks && known.Change == change && known.Inode == inode)
            {
                lock (_now)
                {
                    _now[relative] = known;
                }

                return known.Digest;
            }

            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(BitConverter.GetBytes(length));
            if (length <= 4_000_000)
            {
                sha.AppendData(File.ReadAllBytes(file));
            }

            var digest = sha.GetHashAndReset();
            lock (_now)
            {
                _now[relative] = (length, ticks, change, inode, digest);
                _changed = true;
            }

            return digest;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Vanished or locked: the next hash differs anyway.
            return [];
        }
    }

    /// <summary>Writes the record when a file was read afresh or one went away (whole or not at all); a folder that cannot be written keeps none.</summary>
    public void Save()
    {
        if (_path is null || (!_changed && _now.Count == _known.Count))
        {
            return;
        }

        var temp = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var text = new StringBuilder();
            text.Append(Header).Append('\n').Append(_root).Append('\n')
                .Append(DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (relative, (length, ticks, change, inode, digest)) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (digest.Length > 0 && !relative.Contains('\n'))
                {
                    text.Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(change.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(inode.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(Convert.ToHexStringLower(digest)).Append('\t').Append(relative).Append('\n');
                }
            }

            File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
            File.Move(temp, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                // Nothing to clean up, or nothing we may touch.
            }
        }
    }
}
