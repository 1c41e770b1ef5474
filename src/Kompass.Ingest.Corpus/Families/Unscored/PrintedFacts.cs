namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// What a document without scores prints that the truth reports: its type, the title (first
/// heading, whitespace collapsed), the municipality it names, the year it is about, the evaluation
/// month, the report date and the evaluators. Null where the document prints none.
/// </summary>
public sealed record PrintedFacts
{
    /// <summary>The contract's document type (<see cref="UnscoredTruth.PmType"/> or <see cref="UnscoredTruth.RelatedType"/>).</summary>
    public required string DocumentType { get; init; }

    /// <summary>The first heading as printed, whitespace collapsed.</summary>
    public required string Title { get; init; }

    /// <summary>The municipality the document is about, null when it names none.</summary>
    public NamedMunicipality? Municipality { get; init; }

    /// <summary>The year the document is about when printed (a memo's planned evaluation year, a year in a title).</summary>
    public int? Year { get; init; }

    /// <summary>The evaluation month when printed ("i oktober 2017").</summary>
    public int? Month { get; init; }

    /// <summary>The date in the page headers (a memo's date).</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>Evaluators' names in printed order, without organisation.</summary>
    public IReadOnlyList<string> Evaluators { get; init; } = [];
}
