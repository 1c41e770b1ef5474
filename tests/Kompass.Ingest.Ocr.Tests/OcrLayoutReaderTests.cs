using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class OcrLayoutReaderTests
{
    private static readonly string Page = FakeEngine.Tsv(
        FakeEngine.Row(1, 1, "Poang:", 100, 100, 120, 30),
        FakeEngine.Row(1, 2, "5O", 300, 100, 40, 30));

    [Fact]
    public void Read_BornDigitalDocument_IsReturnedAsTheTextLayerReadIt()
    {
        var layout = new LayoutBuilder().Page(p => p.Text("Poäng: 50", 72, 700)).Page(p => p.Text("STYRKOR", 72, 700)).EmptyPages(1, images: 1).Build();
        var engine = new FakeEngine(Page);
        var sut = Reader(layout, engine);

        var result = sut.Read([1], CancellationToken.None);

        Assert.Same(layout, result.Layout);
        Assert.Equal(0, engine.Renders);
    }

    [Fact]
    public void Read_ScannedPages_GetCorrectedOcrWordsAndFromOcr()
    {
        var engine = new FakeEngine(Page);
        var sut = Reader(new LayoutBuilder().EmptyPages(2, images: 1).Build(), engine);

        var result = sut.Read([1], CancellationToken.None);

        Assert.NotNull(result.Layout);
        Assert.True(result.Layout.FromOcr);
        Assert.All(result.Layout.Pages, p => Assert.Equal(["Poäng:", "50"], p.Words.Select(w => w.Text)));
        Assert.Contains(result.Layout.Warnings, w => w.Contains("come from OCR", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ScanWithoutEngine_WaitsForOcrWithTheInstallHint()
    {
        var sut = Reader(new LayoutBuilder().EmptyPages(1, images: 1).Build(), new FakeEngine(Page, available: false));

        var result = sut.Read([1], CancellationToken.None);

        Assert.Null(result.Layout);
        Assert.True(result.AwaitsOcr);
        Assert.Equal("OCR is not available: install tesseract-ocr and tesseract-ocr-swe", result.Failure);
    }

    [Fact]
    public void Read_BrokenEngine_IsCalledOnlyUntilTheBreakerOpens()
    {
        var engine = new FakeEngine(tsv: null);
        var sut = Reader(new LayoutBuilder().EmptyPages(10, images: 1).Build(), engine, new OcrOptions { BreakerFailures = 3 });

        var result = sut.Read([1], CancellationToken.None);

        Assert.True(result.AwaitsOcr, result.Failure);
        Assert.Equal(3, engine.Recognitions);
    }

    [Fact]
    public void Read_SamePagesAgain_ComesFromTheCache()
    {
        var cache = Directory.CreateTempSubdirectory("kompass-ocr-cache-test-");
        try
        {
            var engine = new FakeEngine(Page);
            var layout = new LayoutBuilder().EmptyPages(2, images: 1).Build();
            var options = new OcrOptions { CacheFolder = cache.FullName };
            Reader(layout, engine, options).Read([1], CancellationToken.None);

            var again = Reader(layout, engine, options).Read([1], CancellationToken.None);

            Assert.Equal(2, engine.Recognitions);
            Assert.Equal(["Poäng:", "50"], again.Layout!.Pages[1].Words.Select(w => w.Text));
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public void Read_HalfThePagesScannedAndLast_AreRecognised()
    {
        var layout = new LayoutBuilder().Page(p => p.Text("STYRKOR", 72, 700)).Page(p => p.Text("Poäng: 50", 72, 700)).EmptyPages(2, images: 1).Build();
        var engine = new FakeEngine(Page);

        var result = Reader(layout, engine).Read([1], CancellationToken.None);

        Assert.True(result.Layout!.FromOcr);
        Assert.Equal(2, engine.Recognitions);
    }

    [Fact]
    public void Read_BlankPagesWithoutImages_AreLeftForTheClassifier()
    {
        var layout = new LayoutBuilder().EmptyPages(2).Build();
        var sut = Reader(layout, new FakeEngine(Page));

        Assert.Same(layout, sut.Read([1], CancellationToken.None).Layout);
    }

    private static OcrLayoutReader Reader(DocumentLayout layout, FakeEngine engine, OcrOptions? options = null)
        => new(new FixedReader(layout), engine, engine, options ?? new OcrOptions(), new OcrWordCorrector(["Poäng"]));
}
