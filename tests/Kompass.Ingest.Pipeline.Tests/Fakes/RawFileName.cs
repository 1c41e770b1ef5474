using System.Diagnostics;
using System.Text;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// Creates files whose names are raw bytes (not valid UTF-8, as Latin-1 names copied from old
/// Windows shares are): .NET cannot write such a name itself, so the shell's printf does.
/// </summary>
internal static class RawFileName
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="folder"/>/<paramref name="name"/> and returns the name as .NET reads it back.</summary>
    public static string Write(string folder, byte[] name, byte[] content)
    {
        var source = Path.Combine(folder, ".raw-name-source");
        File.WriteAllBytes(source, content);
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "mv \"$1\" \"$2/$(printf \"$3\")\"", "sh", source, folder, PrintfFormat(name) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"could not create the raw file name: {error}");
        }

        return Encoding.UTF8.GetString(name);
    }

    /// <summary>Removes a folder tree that may hold raw names, which .NET can list but not delete.</summary>
    public static void DeleteTree(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            var start = new ProcessStartInfo("/bin/rm");
            start.ArgumentList.Add("-rf");
            start.ArgumentList.Add(folder);
            using var process = Process.Start(start)!;
            process.WaitForExit();
        }
    }

    // Printable ASCII as it is, every other byte as an octal escape.
    private static string PrintfFormat(byte[] name)
    {
        var format = new StringBuilder();
        foreach (var b in name)
        {
            if (b is >= 0x20 and < 0x7F && b is not (byte)'%' and not (byte)'\\' and not (byte)'"' and not (byte)'$' and not (byte)'`')
            {
                format.Append((char)b);
            }
            else
            {
                format.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
        }

        return format.ToString();
    }
}
