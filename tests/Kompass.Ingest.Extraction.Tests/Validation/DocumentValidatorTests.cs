using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private readonly DocumentValidator _sut = new(Catalogs, Municipalities);

    [Fact]
    public void Validate_CleanAnalysis_RaisesNothing()
    {
        Assert.Empty(_sut.Validate(CleanAnalysis()));
    }

    [Fact]
    public void Validate_Unreadable_RaisesNothing()
    {
        Assert.Empty(_sut.Validate(ReportExtraction.Unreadable("encrypted") with { Ocr = true }));
    }

    [Fact]
    public void Validate_SeveralInconsistencies_ReturnsThemInTheContractsOrder()
    {
        var clean = CleanAnalysis();
        var area4 = clean.Areas[3] with { SummaryScore = N(140, 4) };
        var doc = clean with { Areas = [.. clean.Areas.Take(3), area4, .. clean.Areas.Skip(4)], Ocr = true };

        var flags = _sut.Validate(doc);

        Assert.Equal(
            [(FlagCodes.ScoreOutOfRange, 4), (FlagCodes.SummarySectionMismatch, 4), (FlagCodes.TotalMismatch, (int?)null), (FlagCodes.LowTextQuality, null)],
            flags.Select(f => (f.Code, f.Area)));
        Assert.All(flags, f => Assert.Equal(FlagStatus.Open, f.Status));
    }
}
