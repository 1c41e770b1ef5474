using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Furniture;

public sealed class PageFurnitureDetectorRowsTests
{
    private static TextLine Line(int row, double left)
        => new(1, row, [new Word("ord", new BoundingBox(left, 0, left + 10, 10), "Arial", 10, false)], new BoundingBox(left, 0, left + 10, 10), 10, false);

    private static PageLines Page(IReadOnlyList<TextLine> lines) => new(new PageLayout(1, 600, 800, [], [], 0), lines);

    [Fact]
    public void RowsOf_LinesOutOfRowOrder_GivesRowsTopToBottomInThePagesOrder()
    {
        var (a, b, c, d) = (Line(2, 50), Line(0, 300), Line(2, 10), Line(0, 20));

        var rows = PageFurnitureDetector.RowsOf(Page([a, b, c, d]));

        Assert.Equal(2, rows.Count);
        Assert.Equal([b, d], rows[0]);
        Assert.Equal([a, c], rows[1]);
    }

    [Fact]
    public void RowsOf_ManyPages_AgreesWithGroupingAndOrdering()
    {
        var random = new Random(17);
        for (var round = 0; round < 200; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Line(random.Next(0, 12), random.Next(0, 500))).ToList();

            var rows = PageFurnitureDetector.RowsOf(Page(lines));

            var expected = lines.GroupBy(l => l.Row).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.True(expected[r].SequenceEqual(rows[r], ReferenceEqualityComparer.Instance));
            }
        }
    }
}
