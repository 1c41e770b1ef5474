using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Furniture;

public sealed class BodyFontSizeTests
{
    private static TextLine Line(string text, double size)
        => new(1, 0, [new Word(text, new BoundingBox(0, 0, 10, 10), "Arial", size, false)], new BoundingBox(0, 0, 10, 10), size, false);

    // What the detector and the body text computed before: group by the size to the half point,
    // order by characters (stable), take the first.
    private static double OldBodySize(IEnumerable<TextLine> lines)
        => lines.GroupBy(l => Math.Round(l.FontSize * 2) / 2).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

    [Fact]
    public void Of_MostCharacters_WinsOverMostLines()
    {
        TextLine[] lines = [Line("Rubrik", 14), Line("Rubrik", 14), Line("En lång rad brödtext som fyller sidan", 10.2)];

        Assert.Equal(10, BodyFontSize.Of(lines));
    }

    [Fact]
    public void Of_Tie_IsTheSizeMetFirst()
    {
        TextLine[] lines = [Line("abc", 12), Line("abc", 9), Line("x", 9.1), Line("y", 12.2)];

        Assert.Equal(12, BodyFontSize.Of(lines));
    }

    [Fact]
    public void Of_NoLines_IsNull() => Assert.Null(BodyFontSize.Of([]));

    [Fact]
    public void Of_ManyMixedSizes_AgreesWithGroupingAndOrdering()
    {
        var random = new Random(17);
        for (var round = 0; round < 200; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => Line(new string('a', random.Next(0, 12)), 8 + (random.Next(0, 16) * 0.3)))
                .ToList();

            Assert.Equal(OldBodySize(lines), BodyFontSize.Of(lines));
        }
    }
}
