using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// The compiled regular expressions the metadata extractors build from their vocabulary (months,
/// nouns, labels), one instance per pattern for the whole process. Compiling costs milliseconds
/// of JIT for each instance, matching microseconds: the date patterns alone, compiled anew by
/// each of the three date readers of every pipeline, were 5 % of the CPU of a 100-document
/// ingest. A <see cref="Regex"/> is thread-safe, so one instance serves every worker. The
/// patterns come from the pipeline definitions, a handful per process, so the table stays small.
/// </summary>
internal static class CompiledPatterns
{
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Shared = new();

    /// <summary>The compiled <paramref name="pattern"/> with <paramref name="options"/> (<see cref="RegexOptions.Compiled"/> is added).</summary>
    public static Regex Get(string pattern, RegexOptions options)
        => Shared.GetOrAdd((pattern, options | RegexOptions.Compiled), static key => new Regex(key.Pattern, key.Options));
}
