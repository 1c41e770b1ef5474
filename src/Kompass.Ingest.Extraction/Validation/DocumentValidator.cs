using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// The per-document checks of the export contract's flag codes: runs every <see cref="IDocumentRule"/>
/// over one extraction and returns their flags in the contract's code order. One code is left
/// out: <c>duplicate-report</c> compares documents, so it belongs to a store-wide stage.
/// <c>finding-misplaced</c> reads what each strength and improvement is about against the area
/// profiles of the document and its framework catalog (<see cref="FindingMisplacedRule"/>). An
/// unreadable document gets no flags (its error says it all). Pure and thread-safe: the catalogs,
/// directory and options are read-only.
/// </summary>
public sealed class DocumentValidator : IDocumentValidator
{
    private readonly IReadOnlyList<IDocumentRule> _rules;

    /// <summary>
    /// Composes the rules over the framework catalogs (<c>pipelines/frameworks</c>), the official
    /// list (<c>pipelines/reference</c>) and the tolerances (<c>pipelines/validation.json</c>;
    /// the contract's defaults when null).
    /// </summary>
    public DocumentValidator(IReadOnlyList<FrameworkCatalog> catalogs, MunicipalityDirectory directory, ValidationOptions? options = null)
    {
        Guard.NotNull(catalogs);
        Guard.NotNull(directory);
        var o = options ?? ValidationOptions.Default;
        _rules =
        [
            new PercentRule(o),
            new ScoreRangeRule(o),
            new QuestionSumRule(o),
            new AreaMaxRule(o, catalogs),
            new ScoreAgreementRule(o),
            new TotalRule(o),
            new MissingAreaRule(o),
            new MissingQuestionRule(catalogs),
            new MunicipalityRule(directory),
            new DateRule(o),
            new TextQualityRule(),
            new FindingMisplacedRule(o, catalogs),
        ];
    }

    /// <inheritdoc />
    public IReadOnlyList<Flag> Validate(ReportExtraction extraction)
    {
        Guard.NotNull(extraction);
        return extraction.Type == DocumentType.Unreadable
            ? []
            : _rules.SelectMany(r => r.Check(extraction)).ToList();
    }
}
