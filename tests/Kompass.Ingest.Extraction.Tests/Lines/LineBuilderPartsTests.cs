using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Lines;

public sealed class LineBuilderPartsTests
{
    [Fact]
    public void RowKey_Sorted_GivesWhatOrderByFallingTopThenLeftGives()
    {
        var random = new Random(17);
        var keys = Enumerable.Range(0, 500)
            .Select(i => new LineBuilder.RowKey(random.Next(0, 20) / 2.0, random.Next(0, 20) / 2.0, i))
            .ToList();
        var expected = keys.OrderByDescending(k => k.Top).ThenBy(k => k.Left).ToList();

        keys.Sort();

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void MainSize_MixedSizes_GivesTheSizeGroupingByCharactersGives()
    {
        var random = new Random(3);
        double[] sizes = [9, 10, 10.5, 12, 0.0, -0.0];
        for (var line = 0; line < 300; line++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => Word(new string('x', random.Next(1, 6)), sizes[random.Next(sizes.Length)]))
                .ToList();

            // The table of sizes the line builder kept before: first appearance, characters per size.
            var expected = words.GroupBy(w => w.FontSize)
                .Select(g => (Size: g.Key, Characters: g.Sum(w => w.Text.Length)))
                .Aggregate((best, c) => c.Characters > best.Characters || (c.Characters == best.Characters && c.Size.CompareTo(best.Size) > 0) ? c : best)
                .Size;

            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(LineBuilder.MainSize(words)));
        }
    }

    [Fact]
    public void MainSize_Tie_GivesTheLargerSize()
    {
        Assert.Equal(12, LineBuilder.MainSize([Word("abc", 10), Word("def", 12)]));
    }

    [Fact]
    public void OpenRow_WordsOfOneShape_KeepsOneShapeAndTheLowestBottom()
    {
        var row = new LineBuilder.OpenRow(Word("a", 10, bottom: 700));
        row.Add(Word("b", 10, bottom: 700));
        row.Add(Word("c", 10, bottom: 699));
        row.Add(Word("d", 10, bottom: 700));

        Assert.Equal(["a", "b", "c", "d"], row.Words.Select(w => w.Text));
        Assert.Equal(699, row.Bottom);
        Assert.Equal([new LineBuilder.Shape(700, 8), new LineBuilder.Shape(699, 8)], row.Shapes);
    }

    [Fact]
    public void Shape_NegativeZero_IsNotTheSameAsZero()
    {
        Assert.False(new LineBuilder.Shape(0.0, 1).SameAs(new LineBuilder.Shape(-0.0, 1)));
        Assert.True(new LineBuilder.Shape(1, 2).SameAs(new LineBuilder.Shape(1, 2)));
    }

    [Fact]
    public void RowBandsKey_Sorted_GivesRowThenLeftThenIndex()
    {
        var random = new Random(5);
        var keys = Enumerable.Range(0, 300).Select(i => new RowBands.Key(random.Next(0, 5), random.Next(0, 8) / 2.0, i)).ToArray();
        var expected = keys.OrderBy(k => k.Row).ThenBy(k => k.Left).ToArray();

        Array.Sort(keys);

        Assert.Equal(expected, keys);
    }

    private static Word Word(string text, double size, double bottom = 700)
        => new(text, new BoundingBox(72, bottom, 72 + (5 * text.Length), bottom + 8), "Arial", size, false);
}
