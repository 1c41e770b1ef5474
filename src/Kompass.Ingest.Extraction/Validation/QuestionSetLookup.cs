using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>Finds the catalog question set a report follows (its revision and <see cref="ReportExtraction.QuestionSet"/>).</summary>
internal sealed class QuestionSetLookup(IReadOnlyList<FrameworkCatalog> catalogs)
{
    /// <summary>The report's question set; null when the revision or set is unknown.</summary>
    public QuestionSet? For(ReportExtraction extraction)
        => extraction.Framework is { } revision && extraction.QuestionSet is { } name
            ? catalogs.FirstOrDefault(c => c.Revision == revision)?.QuestionSets.FirstOrDefault(s => s.Name == name)
            : null;

    /// <summary>A printed id as the catalog writes it ("4.2." and " 4.2" are "4.2").</summary>
    public static string Normalise(string id) => id.Trim().TrimEnd('.');
}
