using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// How the three models did on documents held out from their training (<see cref="ModelEvaluator"/>):
/// over all documents, and over those of the toolchains other than the main one.
/// </summary>
public sealed record ModelMetrics
{
    /// <summary>The main toolchain of the store (most documents).</summary>
    public required string MainToolchain { get; init; }

    /// <summary>The folds every document was held out in once.</summary>
    public required int Folds { get; init; }

    /// <summary>The seed of every training.</summary>
    public required int Seed { get; init; }

    /// <summary>Documents with first-page text (the document-type data).</summary>
    public required int Documents { get; init; }

    /// <summary>Strengths and improvements of documents with a framework revision (the placement data).</summary>
    public required int Findings { get; init; }

    /// <summary>Of those, the findings whose words name a subheading (the theme data).</summary>
    public required int ThemedFindings { get; init; }

    /// <summary>Document types, expected (the store's effective type) against predicted, every document held out once.</summary>
    public required ConfusionMatrix DocumentTypes { get; init; }

    /// <summary>The documents whose held-out type was wrong: path, the store's type, the model's (null: none).</summary>
    public required IReadOnlyList<(string Path, DocumentType Expected, DocumentType? Predicted)> DocumentTypeMistakes { get; init; }

    /// <summary>Placement: the area printed against the area predicted.</summary>
    public required ConfusionMatrix Placement { get; init; }

    /// <summary>
    /// The findings the held-out placement model reads as misplaced (as ingest would flag them):
    /// the final placement model is not taught their printed area, which is probably wrong.
    /// </summary>
    public required IReadOnlyList<DoubtedFinding> Doubted { get; init; }

    /// <summary>Themes: the subheading named against the subheading predicted.</summary>
    public required ConfusionMatrix Themes { get; init; }

    /// <summary>The same three over the documents of the other toolchains only.</summary>
    public required ToolchainMetrics SecondToolchain { get; init; }
}
