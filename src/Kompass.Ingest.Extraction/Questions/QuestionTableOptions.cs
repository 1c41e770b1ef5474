using System.ComponentModel.DataAnnotations;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Tables;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Tolerances of <see cref="QuestionTableReader"/> and <see cref="QuestionTableExtractor"/>.
/// Distances are in ems (the median font size of the words concerned), never page coordinates.
/// Plain data.
/// </summary>
public sealed record QuestionTableOptions
{
    /// <summary>The document types whose question tables are read. Default: the scored types (analysis, feedback, Regionkompassen).</summary>
    public IReadOnlyList<DocumentType> ScoredTypes { get; init; } =
        [DocumentType.KommunKompassenAnalysis, DocumentType.KommunKompassenFeedback, DocumentType.Regionkompassen];

    /// <summary>
    /// How the table engine finds and joins tables. The engine's own filters (at least two rows, a
    /// confidence of 0.5) are off by default: a question table is recognised here by its ids and
    /// numeric bands, and a table's first row or its total row standing alone is still part of it.
    /// </summary>
    public TableExtractionOptions Tables { get; init; } = new()
    {
        Stream = new StreamTableOptions { MinRows = 1, MinConfidence = 0 },
    };

    /// <summary>Words of one cell whose vertical centres differ by at most this many ems share a printed line. Default 0.5 em.</summary>
    [Range(0.05, 2.0)]
    public double LineTolerance { get; init; } = 0.5;

    /// <summary>
    /// A line of a text cell that starts within this many ems of the cell's leftmost line is flush
    /// with it, so an id at its start opens a question (an indented line is wrapped text). Default 1.0 em.
    /// </summary>
    [Range(0.1, 10.0)]
    public double FlushTolerance { get; init; } = 1.0;

    /// <summary>
    /// Words of one line further apart than this many ems stand in different cells (a word space is
    /// about 0.3 em; "70 %" stays one cell). Default 0.8 em.
    /// </summary>
    [Range(0.3, 10.0)]
    public double CellGap { get; init; } = 0.8;

    /// <summary>
    /// Numbers whose horizontal extents come within this many ems of each other stand in one column
    /// (right-aligned numbers of different widths overlap anyway). Default 0.2 em.
    /// </summary>
    [Range(0.0, 5.0)]
    public double BandSlack { get; init; } = 0.2;

    /// <summary>
    /// A column without percent signs is still the percent column when, in at least this share of
    /// the rows, its value is the percentage of the two other numbers. Default 0.8.
    /// </summary>
    [Range(0.5, 1.0)]
    public double PercentAgreementShare { get; init; } = 0.8;

    /// <summary>
    /// A percent agrees with score s and max m when |s − p·m/100| is at most this plus
    /// <see cref="PercentRelativeTolerance"/>·m (the export contract's rounding rule). Default 0.5 points.
    /// </summary>
    [Range(0.0, 10.0)]
    public double PercentAbsoluteTolerance { get; init; } = 0.5;

    /// <summary>See <see cref="PercentAbsoluteTolerance"/>. Default 0.005.</summary>
    [Range(0.0, 0.1)]
    public double PercentRelativeTolerance { get; init; } = 0.005;

    /// <summary>
    /// Question-table candidates on one page whose boxes are at most this many ems apart are read as
    /// one zone (so that the engine sees a table whole). Default 3 em.
    /// </summary>
    [Range(0.0, 50.0)]
    public double ZoneGap { get; init; } = 3.0;

    /// <summary>
    /// A zone grows over a fitting line above or below it when the whitespace between them is at most
    /// this many ems (a table's own rows are closer; a paragraph after it is usually further). Default 1.2 em.
    /// </summary>
    [Range(0.0, 10.0)]
    public double ZoneExtension { get; init; } = 1.2;

    /// <summary>
    /// Between two question ids, the widest gap between lines separates the two rows when it is at
    /// least this many ems wider than every other gap there (rows are set further apart than wrapped
    /// lines). Default 0.25 em.
    /// </summary>
    [Range(0.0, 5.0)]
    public double RowGapContrast { get; init; } = 0.25;

    /// <summary>Labels of a total row (compared case-insensitively, without a trailing colon). Default Swedish and English words.</summary>
    public IReadOnlyList<string> TotalLabels { get; init; } = ["summa", "totalt", "total", "totalsumma", "s:a", "sum"];
}
