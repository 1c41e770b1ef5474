using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Compares a document's exported flags with the flags its truth expects. An expected flag is
/// found when an exported flag has the same code, area and question (any severity); exported
/// flags of severity warning or error left over are false flags. Info flags are never false flags:
/// the contract lets a clean document carry them.
/// </summary>
public static class FlagScorer
{
    /// <summary>Scores the flags; <paramref name="falseFlags"/> receives the false flags in exported order.</summary>
    public static EvaluationCounts Score(
        IReadOnlyList<ExpectedFlag> expected,
        IReadOnlyList<ExportFlag> exported,
        ICollection<string> differences,
        ICollection<ExportFlag> falseFlags)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(exported);
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(falseFlags);

        // Warnings and errors are consumed first, so that a duplicate info flag, not a warning,
        // is what is left over when the export repeats an expected flag.
        var unused = exported.OrderByDescending(IsWarningOrError).ToList();
        var found = 0;
        foreach (var flag in expected)
        {
            var match = unused.FindIndex(f => f.Code == flag.Code && f.Area == flag.Area && f.Question == flag.Question);
            if (match < 0)
            {
                differences.Add($"flag missed: {Describe(flag.Code, flag.Area, flag.Question)}");
                continue;
            }

            unused.RemoveAt(match);
            found++;
        }

        var count = 0;
        foreach (var flag in exported.Where(f => IsWarningOrError(f) && unused.Contains(f)))
        {
            unused.Remove(flag);
            falseFlags.Add(flag);
            differences.Add($"false flag: {Describe(flag.Code, flag.Area, flag.Question)} ({flag.Severity}): {flag.Message}");
            count++;
        }

        return EvaluationCounts.Empty with { ExpectedFlags = new Ratio(found, expected.Count), FalseFlags = count };
    }

    private static bool IsWarningOrError(ExportFlag flag)
        => string.Equals(flag.Severity, "warning", StringComparison.OrdinalIgnoreCase)
            || string.Equals(flag.Severity, "error", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string code, int? area, string? question)
        => code + (area is { } a ? $" area {a}" : string.Empty) + (question is { } q ? $" question {q}" : string.Empty);
}
