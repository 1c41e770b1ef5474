using System.Globalization;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Inference;

/// <summary>
/// The document-type model beside the rule classifier: where it reads another type with at
/// least <see cref="LearningOptions.TypeNoteMinProbability"/>, the document gets a note for a
/// reviewer (in its warnings, which <c>kompass show</c> lists). The rules' type stands: the
/// classifier always answers (a document it cannot place is a related document), and the
/// export contract has no flag code for a disputed type, so the note is not a flag. Thread-safe.
/// </summary>
public sealed class DocumentTypeSecondOpinion(DocumentTypeModel model, LearningOptions options) : ISecondOpinion
{
    /// <summary>How every such note begins, so that a reader (or a test) can find it.</summary>
    public const string NotePrefix = "second opinion on the document type:";

    private readonly DocumentTypeModel _model = model ?? throw new ArgumentNullException(nameof(model));
    private readonly LearningOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public ReportExtraction Review(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Type == DocumentType.Unreadable || extraction.LeadText is not { Length: > 0 } lead)
        {
            return extraction;
        }

        if (_model.Predict(lead, extraction.PageCount) is not { } opinion || opinion.Type == extraction.Type || opinion.Probability < _options.TypeNoteMinProbability)
        {
            return extraction;
        }

        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"{NotePrefix} the learned model reads {ContractNames.Of(opinion.Type)} (probability {opinion.Probability:0.00}), the rules {ContractNames.Of(extraction.Type)}; the rules' type stands");
        return extraction with { Warnings = [.. extraction.Warnings, note] };
    }
}
