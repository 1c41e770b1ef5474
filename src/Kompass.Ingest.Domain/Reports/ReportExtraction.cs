using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// Everything extraction read from one document, as printed, each value with its provenance.
/// This is the raw extraction the store keeps apart from reviewer corrections.
/// </summary>
public sealed record ReportExtraction
{
    /// <summary>The document type.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>For <see cref="DocumentType.Unreadable"/>: a one-line reason a person can act on.</summary>
    public string? Error { get; init; }

    /// <summary>Why the document got its type (the classifier's evidence, one line), so that a later model or a reviewer can disagree.</summary>
    public string? TypeEvidence { get; init; }

    /// <summary>The title as printed (first heading), whitespace collapsed.</summary>
    public Sourced<string>? Title { get; init; }

    /// <summary>The framework revision the report follows; null for documents without scores.</summary>
    public FrameworkRevision? Framework { get; init; }

    /// <summary>The question set within the revision (e.g. "2010" or "2016" for the 2010 revision).</summary>
    public string? QuestionSet { get; init; }

    /// <summary>The municipality or region name as printed ("HELSINGBORGS STAD").</summary>
    public Sourced<string>? MunicipalityAsPrinted { get; init; }

    /// <summary>The normalised municipality, null when none is named.</summary>
    public Municipality? Municipality { get; init; }

    /// <summary>The year the evaluation was carried out.</summary>
    public Sourced<int>? Year { get; init; }

    /// <summary>The year printed in the title, when the title carries one.</summary>
    public Sourced<int>? TitleYear { get; init; }

    /// <summary>The year stated in the text ("genomfördes i … YYYY").</summary>
    public Sourced<int>? TextYear { get; init; }

    /// <summary>The month of the evaluation, 1–12, when printed for the evaluation.</summary>
    public Sourced<int>? Month { get; init; }

    /// <summary>The first printed visit day, when printed ("den 13–15 december 2010").</summary>
    public Sourced<DateOnly>? FirstVisitDay { get; init; }

    /// <summary>The date printed in page headers/footers or on the title page.</summary>
    public Sourced<DateOnly>? ReportDate { get; init; }

    /// <summary>The evaluators in printed order, without organisation.</summary>
    public IReadOnlyList<Sourced<string>> Evaluators { get; init; } = [];

    /// <summary>1 for "första utvärdering", 2 for "andra" …; only from such an ordinal.</summary>
    public Sourced<int>? EvaluationRound { get; init; }

    /// <summary>Number of interviewed people, where printed ("intervjuer med ca 20 personer").</summary>
    public Sourced<int>? InterviewCount { get; init; }

    /// <summary>True when the text came from OCR of page images.</summary>
    public bool Ocr { get; init; }

    /// <summary>The total as printed (TOTALT).</summary>
    public Sourced<decimal>? Total { get; init; }

    /// <summary>The national mean total printed beside it.</summary>
    public Sourced<decimal>? NationalMeanTotal { get; init; }

    /// <summary>The areas in number order.</summary>
    public IReadOnlyList<AreaExtraction> Areas { get; init; } = [];

    /// <summary>Repairs and doubts met while reading and extracting, one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The number of pages read.</summary>
    public int PageCount { get; init; }

    /// <summary>The program that wrote the PDF (its Producer entry), or null: tells apart the toolchains an archive was made with.</summary>
    public string? Producer { get; init; }

    /// <summary>
    /// The text of the first pages, line by line in reading order (at most
    /// <see cref="LeadTextMaxLength"/> characters), so that a learned second opinion on the
    /// document's type can be trained from the store; null for an unreadable document.
    /// </summary>
    public string? LeadText { get; init; }

    /// <summary>The longest <see cref="LeadText"/> kept, in characters.</summary>
    public const int LeadTextMaxLength = 4000;

    /// <summary>An unreadable document with its reason.</summary>
    public static ReportExtraction Unreadable(string reason) => new() { Type = DocumentType.Unreadable, Error = reason };
}
