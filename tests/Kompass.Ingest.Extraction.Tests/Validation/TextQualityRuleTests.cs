using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class TextQualityRuleTests
{
    private readonly TextQualityRule _sut = new();

    [Fact]
    public void Check_TextLayer_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_Ocr_RaisesWarning()
    {
        var flag = Assert.Single(_sut.Check(CleanAnalysis() with { Ocr = true }));

        Assert.Equal((FlagCodes.LowTextQuality, FlagSeverity.Warning), (flag.Code, flag.Severity));
        Assert.Equal("the text of all 30 pages came from OCR of page images, not from the PDF's text: check every value against the page", flag.Message);
    }
}
