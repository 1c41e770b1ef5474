using System.Text;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline.Tests.Fakes;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class ExtractionStageTests
{
    private readonly ExtractionStage _sut = new(new FakeLayoutReader(), new FakeExtractor());

    [Fact]
    public void Extract_ReadableFile_ReturnsTheExtractionAndPageCount()
    {
        var result = _sut.Extract(Bytes("Helsingborg\nanalysis"), "a.pdf", CancellationToken.None);

        Assert.Equal((DocumentType.KommunKompassenAnalysis, 1), (result.Extraction.Type, result.PageCount));
    }

    [Fact]
    public void Extract_ReaderRefuses_IsUnreadableWithTheReasonOnOneLine()
    {
        var result = _sut.Extract(Bytes("BROKEN"), "a.pdf", CancellationToken.None);

        Assert.Equal((DocumentType.Unreadable, "damaged PDF: no cross-reference table", 0), (result.Extraction.Type, result.Extraction.Error, result.PageCount));
    }

    [Theory]
    [InlineData("THROW", "reading the PDF failed (InvalidOperationException: reader fault second line)")]
    [InlineData("CRASH", "extraction failed (ArgumentException: extractor fault)")]
    public void Extract_StageThrows_IsUnreadableWithAOneLineReason(string content, string reasonStart)
    {
        var result = _sut.Extract(Bytes(content), "a.pdf", CancellationToken.None);

        Assert.Equal(DocumentType.Unreadable, result.Extraction.Type);
        Assert.StartsWith(reasonStart, result.Extraction.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Extraction.Error!);
    }

    [Fact]
    public void Extract_ReaderHonoursCancellation_PassesItThrough()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var sut = new ExtractionStage(new CancellingReader(), new FakeExtractor());

        Assert.ThrowsAny<OperationCanceledException>(() => sut.Extract(Bytes("a"), "a.pdf", cancel.Token));
    }

    [Fact]
    public void Extract_UnreadableWithoutReason_GetsOne()
    {
        var sut = new ExtractionStage(new FakeLayoutReader(), new SilentExtractor());

        var result = sut.Extract(Bytes("a"), "a.pdf", CancellationToken.None);

        Assert.False(string.IsNullOrWhiteSpace(result.Extraction.Error));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class CancellingReader : Domain.Layout.ILayoutReader
    {
        public Domain.Layout.LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Domain.Layout.LayoutReadResult.Failed("not reached");
        }
    }

    private sealed class SilentExtractor : IReportExtractor
    {
        public string Version => "silent/1";

        public ReportExtraction Extract(Domain.Layout.DocumentLayout layout, string fileName) => new() { Type = DocumentType.Unreadable };
    }
}
