using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Compares one truth document with the document exported for it. A missing exported document
/// counts as wrong in every figure its truth has a denominator in (type, metadata, areas, rows,
/// subheadings, findings, flags), so dropping a file never raises a score.
/// </summary>
public static class DocumentScorer
{
    /// <summary>The contract's document type for files that could not be read; their metadata is not scored.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Scores <paramref name="truth"/> against <paramref name="exported"/> (null when none matched).</summary>
    public static DocumentEvaluation Score(TruthDocument truth, ExportDocument? exported)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var differences = new List<string>();
        var falseFlags = new List<ExportFlag>();

        var typeEqual = exported is not null && exported.DocumentType == truth.DocumentType;
        if (exported is null)
        {
            differences.Add("not exported");
        }
        else if (!typeEqual)
        {
            differences.Add($"documentType: expected {truth.DocumentType}, got {exported.DocumentType}");
        }

        var head = EvaluationCounts.Empty with
        {
            Documents = 1,
            Missing = exported is null ? 1 : 0,
            DocumentType = Ratio.Of(typeEqual),
            Metadata = CompareMetadata(truth, exported, differences),
        };
        var areas = CompareAreas(truth, exported, differences);
        var flags = FlagScorer.Score(truth.ExpectedFlags, exported?.Flags ?? [], differences, falseFlags);

        return new DocumentEvaluation
        {
            Path = truth.Path,
            Family = truth.Family,
            ExportedPath = exported?.Path,
            Counts = EvaluationCounts.Sum([head, areas, flags]),
            Differences = differences,
            FalseFlags = falseFlags,
        };
    }

    private static List<FieldRatio> CompareMetadata(TruthDocument truth, ExportDocument? exported, List<string> differences)
    {
        if (truth.DocumentType == Unreadable)
        {
            return MetadataFields.All.Select(f => new FieldRatio(f.Name, default)).ToList();
        }

        var ratios = new List<FieldRatio>();
        foreach (var field in MetadataFields.All)
        {
            var expected = field.Key(truth);
            var actual = exported is null ? null : field.Key(exported);
            var equal = exported is not null && expected == actual;
            if (!equal && exported is not null)
            {
                differences.Add($"{field.Name}: expected {expected ?? "null"}, got {actual ?? "null"}");
            }

            ratios.Add(new FieldRatio(field.Name, Ratio.Of(equal)));
        }

        return ratios;
    }

    private static EvaluationCounts CompareAreas(TruthDocument truth, ExportDocument? exported, List<string> differences)
    {
        var truthAreas = ByNumber(truth.Areas);
        var exportedAreas = ByNumber(exported?.Areas ?? []);
        var numbers = truthAreas.Keys.Union(exportedAreas.Keys).Order();
        return EvaluationCounts.Sum(numbers.Select(n => AreaScorer.Score(
            n,
            truthAreas.GetValueOrDefault(n),
            exportedAreas.GetValueOrDefault(n),
            differences)).ToList());
    }

    // The contract has one area per number; should a document repeat one, the first occurrence
    // is compared, as a reader of the export would take it.
    private static Dictionary<int, ExportArea> ByNumber(IReadOnlyList<ExportArea> areas)
        => areas.GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.First());
}
