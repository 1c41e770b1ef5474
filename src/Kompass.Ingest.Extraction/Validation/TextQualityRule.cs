using System.Globalization;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>low-text-quality</c>: the text came from OCR of page images (<see cref="ReportExtraction.Ocr"/>),
/// so every value needs a look. Garbled text layers are not detected yet: no measure of garbling
/// is extracted. Pure and thread-safe.
/// </summary>
public sealed class TextQualityRule : IDocumentRule
{
    private static readonly string RuleName = ExtractionVersion.Of(nameof(TextQualityRule));

    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Ocr && extraction.Type != DocumentType.Unreadable)
        {
            yield return new Flag(
                FlagCodes.LowTextQuality,
                FlagSeverity.Warning,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"the text of all {extraction.PageCount} pages came from OCR of page images, not from the PDF's text: check every value against the page"),
                [Provenance.Derived(RuleName, "ocr")]);
        }
    }
}
