using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The learned second opinion on a document's type, from the text of its first pages and
/// <see cref="DocumentTypeFeatures"/>. Classes are the contract's type names. Thread-safe.
/// </summary>
public sealed class DocumentTypeModel(TextClassifier classifier)
{
    /// <summary>The trained classifier.</summary>
    public TextClassifier Classifier { get; } = classifier ?? throw new ArgumentNullException(nameof(classifier));

    /// <summary>Trains on <paramref name="documents"/>, in their order, with <paramref name="seed"/>.</summary>
    public static DocumentTypeModel Train(IReadOnlyList<DocumentSample> documents, int seed)
        => new(TextClassifierTrainer.Train(documents.Select(Row).ToList(), DocumentTypeFeatures.Count, seed, balanced: true));

    /// <summary>The type the model reads, with its probability; null when it has no answer.</summary>
    public (DocumentType Type, double Probability)? Predict(string leadText, int pageCount)
        => Classifier.Predict(leadText, DocumentTypeFeatures.Of(leadText, pageCount)) is { } p && ContractNames.DocumentTypeNamed(p.Label) is { } type
            ? (type, p.Probability)
            : null;

    /// <summary>The predicted type of each document (evaluation), null where the model has no answer.</summary>
    internal IReadOnlyList<DocumentType?> PredictMany(IReadOnlyList<DocumentSample> documents)
        => Classifier.PredictMany(documents.Select(d => (d.LeadText, DocumentTypeFeatures.Of(d.LeadText, d.PageCount), (Func<string, bool>?)null)).ToList())
            .Select(p => p is null ? null : ContractNames.DocumentTypeNamed(p.Label))
            .ToList();

    private static ClassifierRow Row(DocumentSample d)
        => new() { Label = ContractNames.Of(d.Type), Text = d.LeadText, Numbers = DocumentTypeFeatures.Of(d.LeadText, d.PageCount) };
}
