using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Classification;

/// <summary>Thresholds of <see cref="DocumentClassifier"/>. Plain data.</summary>
public sealed class DocumentClassifierOptions
{
    /// <summary>
    /// A document with fewer letters and digits than this in its text layer counts as having none
    /// (a scan with a stamped page number). Default 20.
    /// </summary>
    [Range(1, 10_000)]
    public int MinTextCharacters { get; init; } = 20;

    /// <summary>Question-table rows ("10 15 65%") that show a document carries scores. Default 3.</summary>
    [Range(1, 100)]
    public int MinScoreRows { get; init; } = 3;

    /// <summary>Summary-table rows (distinct areas, "1. Offentlighet och demokrati 71 55") that show scores. Default 4.</summary>
    [Range(1, 8)]
    public int MinSummaryAreas { get; init; } = 4;

    /// <summary>Section scores ("Poäng 71") that show scores. Default 2.</summary>
    [Range(1, 8)]
    public int MinSectionScores { get; init; } = 2;

    /// <summary>
    /// Distinct "Område N" headings that, with scores, make a report of a document whose cover does
    /// not say what it is (a missing cover page). Default 4.
    /// </summary>
    [Range(1, 8)]
    public int MinAreaSections { get; init; } = 4;
}
