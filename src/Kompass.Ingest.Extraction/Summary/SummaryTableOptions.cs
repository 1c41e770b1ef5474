using System.ComponentModel.DataAnnotations;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Vocabulary and tolerances of <see cref="SummaryTableExtractor"/>. Lengths are in ems of the
/// table's font size, so they hold for a slide deck in 24 pt as for a report in 9.5 pt. Words are
/// compared case-insensitively. Plain data.
/// </summary>
public sealed class SummaryTableOptions
{
    /// <summary>The document types that print area scores. Default analysis, feedback, Regionkompassen.</summary>
    public IReadOnlySet<DocumentType> ScoredTypes { get; init; } = new HashSet<DocumentType>
    {
        DocumentType.KommunKompassenAnalysis, DocumentType.KommunKompassenFeedback, DocumentType.Regionkompassen,
    };

    /// <summary>A column whose heading contains one of these words holds the national mean.</summary>
    public IReadOnlyList<string> MeanHeadings { get; init; } =
        ["medelvärde", "medel", "snitt", "genomsnitt", "sverigesnitt", "riksgenomsnitt", "rikssnitt", "nationellt", "riket", "alla kommuner"];

    /// <summary>A column whose heading contains one of these words holds neither the current score nor the mean (max points, change, rank, the old version's score, another statistic of all municipalities).</summary>
    public IReadOnlyList<string> IgnoredHeadings { get; init; } =
        ["max", "möjlig", "förändring", "skillnad", "diff", "rank", "placering", "procent", "%", "gammal", "gamla", "tidigare", "föregående",
         "högst", "lägst", "bäst", "sämst", "median", "kvartil", "spridning"];

    /// <summary>Labels of the total row, compared with the whole label (a trailing colon ignored).</summary>
    public IReadOnlyList<string> TotalLabels { get; init; } =
        ["totalt", "total", "summa", "totalsumma", "totalpoäng", "summa poäng", "total poäng", "totalt antal poäng", "s:a", "poäng totalt", "sammanlagt"];

    /// <summary>A table needs rows for at least this many distinct areas. Default 5 of 8.</summary>
    [Range(2, 8)]
    public int MinAreaRows { get; init; } = 5;

    /// <summary>
    /// A table broken over a page keeps at least this many area rows on each page; two such parts
    /// on consecutive pages, the areas running on, are read as one table. Default 2.
    /// </summary>
    [Range(1, 8)]
    public int MinPartRows { get; init; } = 2;

    /// <summary>
    /// A column of numbers belongs to the table when it has a number on at least this share of the
    /// area rows: chart values that happen to share a row (bar labels, axis ticks) stand in no
    /// column. Default 0.6.
    /// </summary>
    [Range(0.1, 1)]
    public double MinColumnCoverage { get; init; } = 0.6;

    /// <summary>Two numbers stand in one column when their boxes, widened by this many ems on each side, overlap. Default 0.3 em.</summary>
    [Range(0, 5)]
    public double ColumnSlackEm { get; init; } = 0.3;

    /// <summary>Area labels of one table start within this many ems of each other. Default 1.5 em.</summary>
    [Range(0, 20)]
    public double LabelAlignEm { get; init; } = 1.5;

    /// <summary>Consecutive area rows of one table lie at most this many ems apart (baseline to baseline; a wrapped label makes a row taller). Default 4.5 em.</summary>
    [Range(1, 20)]
    public double MaxRowGapEm { get; init; } = 4.5;

    /// <summary>Column headings are looked for this many ems above the first area row. Default 4 em.</summary>
    [Range(0, 20)]
    public double HeaderReachEm { get; init; } = 4;

    /// <summary>The total row lies at most this many ems below the last area row. Default 4 em.</summary>
    [Range(0, 20)]
    public double TotalReachEm { get; init; } = 4;

    /// <summary>Printed names of areas match a catalog name at this similarity (0–1). Default 0.8.</summary>
    [Range(0.5, 1)]
    public double MinNameSimilarity { get; init; } = 0.8;
}
