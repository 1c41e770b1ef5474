using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Storage;

/// <summary>
/// The read side of the document store: what ingest needs to skip known files and what export
/// needs to write the contract. Not thread-safe: one store serves one host thread at a time.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The document with this SHA-256 (lowercase hex), or null when the store has never seen it.</summary>
    StoredDocument? Find(string sha256);

    /// <summary>Every document, ordered by first path (ordinal), then by SHA-256.</summary>
    IReadOnlyList<StoredDocument> Documents();

    /// <summary>The raw extraction stored for a document by one extractor version, or null.</summary>
    ReportExtraction? Extraction(string sha256, string extractorVersion);

    /// <summary>
    /// The part of <see cref="Extraction"/> that comparing copies of a report needs (the
    /// duplicate-report check): its type, municipality, year, total, and each area's number,
    /// scores and question rows, each with its provenance; every text of the report (title,
    /// evaluators, subheadings, strengths, improvements, warnings…) is left empty. Null when none
    /// is stored. It spares mapping the bulk of a stored extraction, which is its texts.
    /// </summary>
    ReportExtraction? ExtractionScores(string sha256, string extractorVersion);

    /// <summary>The flags of a document's current extraction, in the validator's order.</summary>
    IReadOnlyList<Flag> Flags(string sha256);

    /// <summary>The scores of every scored document as extracted (<see cref="EvaluationRow"/>), or of one municipality's (by official code); in no particular order.</summary>
    IReadOnlyList<EvaluationRow> Evaluations(string? municipalityCode = null);

    /// <summary>Every document's score for <paramref name="area"/> as extracted (through the area index), by year then document.</summary>
    IReadOnlyList<AreaScoreRow> AreaScores(int area);

    /// <summary>The flags of every document that has any, by SHA-256, each in the order of <see cref="Flags"/>: one read for queries across the store.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<Flag>> AllFlags();

    /// <summary>The strengths and improvements (as extracted) with a search term that starts with <paramref name="prefix"/>; in no particular order, each once.</summary>
    IReadOnlyList<FindingRow> FindingsWithTermPrefix(string prefix);

    /// <summary>The strengths and improvements (as extracted) whose theme is <paramref name="theme"/> (exactly, ordinal); in no particular order.</summary>
    IReadOnlyList<FindingRow> FindingsWithTheme(string theme);

    /// <summary>Every ingest run, oldest first.</summary>
    IReadOnlyList<IngestRunRecord> Runs();

    /// <summary>The reviewer corrections of one document, oldest first (the audit trail's order).</summary>
    IReadOnlyList<Correction> Corrections(string sha256);

    /// <summary>Every reviewer correction, oldest first.</summary>
    IReadOnlyList<Correction> AllCorrections();

    /// <summary>The reviewers' decisions on one document's flags, oldest first.</summary>
    IReadOnlyList<FlagDecision> FlagDecisions(string sha256);

    /// <summary>Every reviewer decision on a flag, oldest first.</summary>
    IReadOnlyList<FlagDecision> AllFlagDecisions();
}
