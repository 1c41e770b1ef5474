using System.ComponentModel.DataAnnotations;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Vocabulary and tolerances of <see cref="AreaSectionExtractor"/>. Lengths are in ems of the font
/// size of the text they measure, gaps in multiples of the document's normal line spacing for that
/// size, so they hold for a slide deck in 24 pt as for a report in 9.5 pt. Labels are compared
/// case-insensitively with the whole line, a trailing colon ignored. Plain data.
/// </summary>
public sealed class AreaSectionOptions
{
    /// <summary>The document types that carry area sections. Default analysis, feedback, Regionkompassen.</summary>
    public IReadOnlySet<DocumentType> ScoredTypes { get; init; } = new HashSet<DocumentType>
    {
        DocumentType.KommunKompassenAnalysis, DocumentType.KommunKompassenFeedback, DocumentType.Regionkompassen,
    };

    /// <summary>Words that open an area heading before its number ("Område 3 …").</summary>
    public IReadOnlyList<string> HeadingWords { get; init; } = ["område", "omrade", "huvudområde"];

    /// <summary>Labels of the block listing the area's sub-areas.</summary>
    public IReadOnlyList<string> SubheadingLabels { get; init; } = ["rubriker", "delområden", "underrubriker", "delområde"];

    /// <summary>Labels of the block of strengths.</summary>
    public IReadOnlyList<string> StrengthLabels { get; init; } = ["styrkor", "styrka", "starka sidor"];

    /// <summary>Labels of the block of improvements.</summary>
    public IReadOnlyList<string> ImprovementLabels { get; init; } =
        ["förbättringsområden", "förbättringsområde", "utvecklingsområden", "utvecklingsområde", "förbättringsförslag", "förslag till förbättringar"];

    /// <summary>Labels of the general text (read past, not kept).</summary>
    public IReadOnlyList<string> GeneralLabels { get; init; } = ["allmänt", "bakgrund", "beskrivning", "kommentar", "kommentarer", "allmänna kommentarer"];

    /// <summary>Labels of the section's score; "resultat" only counts with a number on its line ("Resultat: 72 poäng").</summary>
    public IReadOnlyList<string> ScoreLabels { get; init; } = ["poäng", "poängsumma", "summa poäng", "totalpoäng", "poäng totalt", "resultat"];

    /// <summary>Words after which a hyphen ending a line is kept with a space ("mål- och resultatstyrning").</summary>
    public IReadOnlyList<string> KeepHyphenBefore { get; init; } = ["och", "eller", "samt", "respektive", "resp", "som", "till", "&"];

    /// <summary>A line is set apart as a heading when bold or at least this factor larger than the body text. Default 1.08.</summary>
    [Range(1, 3)]
    public double HeadingSizeRatio { get; init; } = 1.08;

    /// <summary>
    /// A section ends at a heading at least this factor of the area heading's size (a chapter
    /// heading, "4 Översikt av poängfördelning"), bold when the area heading is bold. Default 0.97.
    /// </summary>
    [Range(0.5, 2)]
    public double ChapterSizeRatio { get; init; } = 0.97;

    /// <summary>The score is looked for this many ems right of its label on the label's line. Default 14 em.</summary>
    [Range(0, 50)]
    public double ScoreReachRightEm { get; init; } = 14;

    /// <summary>… or this many ems below the label (a boxed call-out). Default 4 em.</summary>
    [Range(0, 20)]
    public double ScoreReachBelowEm { get; init; } = 4;

    /// <summary>A line starting this many ems left of a list's first line ends the list (body text after it). Default 0.3 em.</summary>
    [Range(0, 5)]
    public double ListEdgeToleranceEm { get; init; } = 0.3;

    /// <summary>A line starting this many ems right of a list's first line is not part of it (a call-out, a chart label). Default 6 em.</summary>
    [Range(1, 50)]
    public double MaxListIndentEm { get; init; } = 6;

    /// <summary>Lines indented by at least this many ems (up to <see cref="MaxListIndentEm"/>) continue an item: a hanging indent. Default 0.4 em.</summary>
    [Range(0.1, 5)]
    public double HangingIndentEm { get; init; } = 0.4;

    /// <summary>In a list without markers, a gap wider than the normal line spacing times this starts a new item. Default 1.05.</summary>
    [Range(1, 3)]
    public double ItemGapRatio { get; init; } = 1.05;

    /// <summary>A gap wider than the normal line spacing times this ends a block. Default 2.2.</summary>
    [Range(1.2, 10)]
    public double BlockGapRatio { get; init; } = 2.2;

    /// <summary>A line "ends short" when the next line's first word would have fitted after it with this many ems to spare. Default 0.3 em.</summary>
    [Range(0, 5)]
    public double FitToleranceEm { get; init; } = 0.3;

    /// <summary>Printed names of areas match a catalog name at this similarity (0–1). Default 0.8.</summary>
    [Range(0.5, 1)]
    public double MinNameSimilarity { get; init; } = 0.8;
}
