using System.Diagnostics;
using System.Globalization;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Reads a process's peak resident set size so far: <c>VmHWM</c> in <c>/proc/PID/status</c>, a
/// high-water mark the kernel keeps, so polling it often enough misses only the last moments'
/// growth. Null on a system without <c>/proc</c> or once the process is gone.
/// </summary>
public static class ProcessPeakMemory
{
    /// <summary>The peak in bytes, or null.</summary>
    public static long? Read(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            foreach (var line in File.ReadLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{process.Id}/status")))
            {
                // "VmHWM:    123456 kB"
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has exited (its /proc entry is gone), or there is no /proc.
        }

        return null;
    }
}
