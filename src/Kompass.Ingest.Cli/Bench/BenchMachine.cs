using System.Globalization;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// The machine a bench ran on, so that its figures can be read against its load: the core count
/// and the load averages (over 1, 5 and 15 minutes, as <c>/proc/loadavg</c> gives them) at the
/// start and at the end of the run; null where the system does not tell them.
/// </summary>
public sealed record BenchMachine(int Cores, string? LoadAtStart, string? LoadAtEnd)
{
    /// <summary>The load averages now, e.g. "1.52 0.98 0.40"; null without <c>/proc/loadavg</c>.</summary>
    public static string? LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', fields.Take(3).Select(f => double.Parse(f, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
