using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Export;

/// <summary>
/// Writes a file through a temporary file beside it, so a reader never sees half a file and a
/// failed write leaves any earlier file in place. A folder that does not exist or cannot be
/// written is a <see cref="UserActionableException"/>.
/// </summary>
public static class AtomicFile
{
    /// <summary>Creates or replaces <paramref name="path"/> with what <paramref name="write"/> writes.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        Guard.NotNull(path);
        Guard.NotNull(write);
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot write '{path}': {e.Message.ReplaceLineEndings(" ").Trim()}", e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
