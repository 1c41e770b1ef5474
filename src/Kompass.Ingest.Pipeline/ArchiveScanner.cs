using System.Security;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Walks an archive folder tree. A file is a document when its name ends in <c>.pdf</c> (any
/// case) or its first bytes are <c>%PDF</c> (archives hold PDFs saved without an extension);
/// every other file is listed as not a document. A folder or file that cannot be read is listed
/// with the reason, never thrown. Symbolic links to folders are followed once: a link into a
/// folder already walked (a loop, or a second way into the same folder) is listed, not followed.
/// A name that is not valid UTF-8 (an old Latin-1 "å" copied from Windows or a Mac) is listed as
/// not scanned, with a request to rename it: .NET reads such a name with U+FFFD in place of the
/// bytes and can then never open the file.
/// Deterministic: entries are visited in ordinal name order.
/// </summary>
public sealed class ArchiveScanner
{
    private const char Replacement = '\uFFFD';

    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();

    /// <summary>Scans <paramref name="root"/>; throws <see cref="UserActionableException"/> when it is not a folder.</summary>
    public ArchiveScan Scan(string root, CancellationToken cancellationToken)
    {
        var rootInfo = EnsureFolder(root);
        var walk = new Walk(cancellationToken);
        walk.Folder(rootInfo, string.Empty, RealPath(rootInfo));
        return new ArchiveScan(
            walk.Documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList(),
            walk.NotDocuments.Order(StringComparer.Ordinal).ToList(),
            walk.Unscanned.OrderBy(u => u.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>Throws <see cref="UserActionableException"/> unless <paramref name="root"/> is an existing folder.</summary>
    public static DirectoryInfo EnsureFolder(string root)
    {
        Guard.NotNull(root);
        var rootInfo = new DirectoryInfo(Path.GetFullPath(root));
        if (!rootInfo.Exists)
        {
            throw new UserActionableException(File.Exists(rootInfo.FullName)
                ? $"archive '{root}' is a file; give the folder that holds the reports"
                : $"archive folder '{root}' does not exist");
        }

        return rootInfo;
    }

    /// <summary>
    /// The path of a folder with every symbolic link on the way resolved, so two ways into one
    /// folder compare equal.
    /// </summary>
    private static string RealPath(DirectoryInfo folder)
    {
        var self = folder.Parent is { } parent ? Path.Combine(RealPath(parent), folder.Name) : folder.FullName;
        var info = new DirectoryInfo(self);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
            ? RealPath(new DirectoryInfo(target.FullName))
            : self;
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : $"{relative}/{name}";

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ").Trim();

    private sealed class Walk(CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, string> _walked = new(StringComparer.Ordinal);

        public List<ArchiveFile> Documents { get; } = [];

        public List<string> NotDocuments { get; } = [];

        public List<RefusedFile> Unscanned { get; } = [];

        public void Folder(DirectoryInfo folder, string relative, string realPath)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _walked[realPath] = relative.Length == 0 ? "." : relative;
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                Unscanned.Add(new RefusedFile(relative + "/", $"cannot read the folder: {OneLine(e)}"));
                return;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = Join(relative, entry.Name);
                if (IsUnopenableName(entry))
                {
                    var slash = entry is DirectoryInfo ? "/" : string.Empty;
                    Unscanned.Add(new RefusedFile(path + slash, $"the name is not valid UTF-8 (shown as '{path.Replace(Replacement, '?')}{slash}', ? for the bytes that are not); kompass cannot open it: rename it"));
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    Subfolder(sub, path, realPath);
                }
                else
                {
                    File(entry, path);
                }
            }
        }

        private void Subfolder(DirectoryInfo sub, string path, string parentRealPath)
        {
            string real;
            try
            {
                real = sub.LinkTarget is null ? Path.Combine(parentRealPath, sub.Name) : RealPath(sub);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                Unscanned.Add(new RefusedFile(path + "/", $"cannot follow the symbolic link: {OneLine(e)}"));
                return;
            }

            if (_walked.TryGetValue(real, out var first))
            {
                Unscanned.Add(new RefusedFile(path + "/", $"symbolic link into '{first}', which is scanned already; not followed"));
                return;
            }

            Folder(sub, path, real);
        }

        private void File(FileSystemInfo file, string path)
        {
            if (LinkLoop(file) is { } loop)
            {
                Unscanned.Add(new RefusedFile(path, loop));
                return;
            }

            if (file.Name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                Documents.Add(new ArchiveFile(path, file.FullName));
                return;
            }

            try
            {
                if (StartsWithPdfMagic(file.FullName))
                {
                    Documents.Add(new ArchiveFile(path, file.FullName));
                }
                else
                {
                    NotDocuments.Add(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                Unscanned.Add(new RefusedFile(path, $"cannot read the file: {OneLine(e)}"));
            }
        }

        // Links that lead round to each other can be neither opened nor followed; said once here,
        // rather than as the system's "too many levels of symbolic links" when ingest reads them.
        private static string? LinkLoop(FileSystemInfo file)
        {
            try
            {
                if (file.LinkTarget is null)
                {
                    return null;
                }

                file.ResolveLinkTarget(returnFinalTarget: true);
                return null;
            }
            catch (IOException)
            {
                return $"symbolic link that leads round in a loop (it points to '{file.LinkTarget}'); not followed: remove the link or point it at the file";
            }
        }

        // A name .NET decoded with replacement characters names another file than the one on disk;
        // a file really named with U+FFFD still exists under its name and is read as usual.
        private static bool IsUnopenableName(FileSystemInfo entry)
            => entry.Name.Contains(Replacement, StringComparison.Ordinal) && !Path.Exists(entry.FullName);

        private static bool StartsWithPdfMagic(string fullPath)
        {
            Span<byte> head = stackalloc byte[4];
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(PdfMagic);
        }
    }
}
