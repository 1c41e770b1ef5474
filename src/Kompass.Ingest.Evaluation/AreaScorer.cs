using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>Compares one area of a truth with the exported area of the same number.</summary>
public static class AreaScorer
{
    /// <summary>
    /// Scores area <paramref name="number"/>; either side may be absent. An area only the export has
    /// counts against precision (rows, findings); an area only the truth has counts as missed.
    /// </summary>
    public static EvaluationCounts Score(int number, ExportArea? truth, ExportArea? exported, ICollection<string> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        if (truth is null && exported is null)
        {
            return EvaluationCounts.Empty;
        }

        if (truth is null)
        {
            differences.Add($"area {number}: exported but not in the truth");
        }
        else if (exported is null)
        {
            differences.Add($"area {number}: not exported");
        }

        // With one side absent the line above says it all; item-by-item detail would only repeat it.
        ICollection<string> detail = truth is null || exported is null ? new List<string>() : differences;
        var counts = EvaluationCounts.Empty with
        {
            QuestionRows = CompareRows(number, truth, exported, detail),
            Strengths = CompareItems(number, "strengths", truth?.Strengths, exported?.Strengths, detail),
            Improvements = CompareItems(number, "improvements", truth?.Improvements, exported?.Improvements, detail),
        };
        if (truth is null)
        {
            return counts;
        }

        return counts with
        {
            AreaScore = CompareValue(number, "score", truth.Score, exported, exported?.Score, differences),
            NationalMean = CompareValue(number, "national mean", truth.NationalMean, exported, exported?.NationalMean, differences),
            QuestionText = CompareTexts(number, truth, exported, detail),
            Subheadings = CompareSubheadings(number, truth, exported, detail),
        };
    }

    private static Ratio CompareValue(int number, string what, decimal? expected, ExportArea? exported, decimal? actual, ICollection<string> differences)
    {
        var equal = exported is not null && expected == actual;
        if (!equal && exported is not null)
        {
            differences.Add($"area {number} {what}: expected {Show(expected)}, got {Show(actual)}");
        }

        return Ratio.Of(equal);
    }

    private static MatchCounts CompareRows(int number, ExportArea? truth, ExportArea? exported, ICollection<string> differences)
    {
        var comparison = Multiset.Compare(Keys(truth), Keys(exported));
        if (comparison.Missed.Count > 0 || comparison.Extra.Count > 0)
        {
            differences.Add($"area {number} rows: missed [{string.Join("; ", comparison.Missed)}], extra [{string.Join("; ", comparison.Extra)}]");
        }

        return comparison.Counts;
    }

    private static Ratio CompareTexts(int number, ExportArea truth, ExportArea? exported, ICollection<string> differences)
    {
        // Rows pair up by id in printed order, so a repeated id pairs first with first.
        var byId = (exported?.Questions ?? [])
            .GroupBy(q => Whitespace.Collapse(q.Id)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<ExportQuestion>(g), StringComparer.Ordinal);
        var ratio = default(Ratio);
        foreach (var row in truth.Questions)
        {
            if (!byId.TryGetValue(Whitespace.Collapse(row.Id)!, out var candidates) || !candidates.TryDequeue(out var found))
            {
                continue;
            }

            var equal = Whitespace.Collapse(row.Text) == Whitespace.Collapse(found.Text);
            if (!equal)
            {
                differences.Add($"area {number} question {row.Id} text: expected \"{Whitespace.Collapse(row.Text)}\", got \"{Whitespace.Collapse(found.Text)}\"");
            }

            ratio += Ratio.Of(equal);
        }

        return ratio;
    }

    private static Ratio CompareSubheadings(int number, ExportArea truth, ExportArea? exported, ICollection<string> differences)
    {
        var actual = exported?.Subheadings ?? [];
        var hits = truth.Subheadings
            .Where((item, i) => i < actual.Count && Whitespace.Collapse(item) == Whitespace.Collapse(actual[i]))
            .Count();
        if (exported is not null && (hits < truth.Subheadings.Count || actual.Count != truth.Subheadings.Count))
        {
            differences.Add($"area {number} subheadings: {hits} of {truth.Subheadings.Count} equal in place ({actual.Count} exported)");
        }

        return new Ratio(hits, truth.Subheadings.Count);
    }

    private static MatchCounts CompareItems(int number, string what, IReadOnlyList<string>? expected, IReadOnlyList<string>? actual, ICollection<string> differences)
    {
        var comparison = Multiset.Compare(Collapsed(expected), Collapsed(actual));
        foreach (var item in comparison.Missed)
        {
            differences.Add($"area {number} {what}: missed \"{item}\"");
        }

        foreach (var item in comparison.Extra)
        {
            differences.Add($"area {number} {what}: extra \"{item}\"");
        }

        return comparison.Counts;
    }

    private static IEnumerable<RowKey> Keys(ExportArea? area)
        => (area?.Questions ?? []).Select(q => new RowKey(Whitespace.Collapse(q.Id)!, q.Score, q.Max, q.Percent));

    private static IEnumerable<string> Collapsed(IReadOnlyList<string>? items)
        => (items ?? []).Select(i => Whitespace.Collapse(i)!);

    private static string Show(decimal? value) => MetadataFields.Number(value) ?? "null";
}
