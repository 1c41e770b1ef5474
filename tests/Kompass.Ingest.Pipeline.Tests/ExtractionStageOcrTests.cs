using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Pipeline.Tests.Fakes;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class ExtractionStageOcrTests
{
    [Fact]
    public void Extract_ScanWithoutOcr_IsStoredUnderTheAwaitingOcrVersion()
    {
        var sut = new ExtractionStage(new ScanReader(available: false), new FakeExtractor());

        var result = sut.Extract([1], "scan.pdf", CancellationToken.None);

        Assert.True(result.AwaitsOcr);
        Assert.Equal("OCR is not available", result.Extraction.Error);
        Assert.Equal(sut.ExtractorVersion + ExtractionStage.AwaitingOcrSuffix, sut.VersionFor(result));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void IsCurrent_AwaitingOcrVersion_IsCurrentOnlyWhileOcrIsUnavailable(bool available, bool current)
    {
        var sut = new ExtractionStage(new ScanReader(available), new FakeExtractor());

        Assert.Equal(current, sut.IsCurrent(sut.AwaitingOcrVersion));
        Assert.True(sut.IsCurrent(sut.ExtractorVersion));
    }

    private sealed class ScanReader(bool available) : ILayoutReader, IOcrAvailability
    {
        public bool IsAvailable => available;

        public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken) => LayoutReadResult.WaitingForOcr("OCR is not available");
    }
}
