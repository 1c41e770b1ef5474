using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class BodySizeSnapTests
{
    [Fact]
    public void Apply_BodySplitBetweenTwoHalfPoints_TakesItsTrueSizeAndAHeadingStaysApart()
    {
        // 11.25 pt body text rounds to 11 or 11.5; the heading at 12.5 is a tenth larger than it.
        var page = Page(1, [11, 11.5, 11, 11.5, 11, 11.5, 12.5]);

        var sizes = BodySizeSnap.Apply([page], new HashSet<int> { 1 })[0].Words.Select(w => w.FontSize).ToList();

        Assert.Equal([11.25, 11.25, 11.25, 11.25, 11.25, 11.25, 12.5], sizes);
    }

    [Fact]
    public void BodySize_IgnoresHeadingsAndSmallPrint()
    {
        Assert.Equal(11.2, BodySizeSnap.BodySize([11, 11, 11, 11.5, 11.5, 8.5, 13, 15.5]));
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
