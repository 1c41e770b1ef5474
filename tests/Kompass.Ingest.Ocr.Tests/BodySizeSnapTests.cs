using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class BodySizeSnapTests
{
    [Fact]
    public void Apply_ScatteredBodySizes_TakeTheBodySizeAndAHeadingStaysApart()
    {
        // A coarse scan: body text estimated anywhere from 10.5 to 12 points around 11.
        var page = Page(1, [11, 11, 11, 11, 11, 10.5, 11.5, 11.5, 10.5, 12, 13]);

        var sizes = BodySizeSnap.Apply([page], new HashSet<int> { 1 })[0].Words.Select(w => w.FontSize).ToList();

        Assert.Equal([11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 13], sizes);
    }

    [Fact]
    public void Apply_CloseBodySizes_KeepAHeadingOnlyAPointLarger()
    {
        // A fine scan: body estimates agree, so a heading one point larger is a heading.
        var page = Page(1, [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 12, 12.5]);

        var sizes = BodySizeSnap.Apply([page], new HashSet<int> { 1 })[0].Words.Select(w => w.FontSize).ToList();

        Assert.Equal([11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 12.5], sizes);
    }

    [Fact]
    public void Apply_PageWithItsOwnTextLayer_IsLeftAsItIs()
    {
        var pages = new[] { Page(1, [11, 11, 11]), Page(2, [11.5, 10]) };

        var result = BodySizeSnap.Apply(pages, new HashSet<int> { 1 });

        Assert.Same(pages[1], result[1]);
    }

    private static PageLayout Page(int number, double[] sizes)
        => new(number, 595, 842, sizes.Select((s, i) => new Word("ord", new BoundingBox(72, 700 - (i * 14), 100, 710 - (i * 14)), OcrWordConverter.FontName, s, IsBold: false)).ToList(), [], 0);
}
