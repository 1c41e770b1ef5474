using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.Extraction.Tables.Stream;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class StreamPartsTests
{
    [Fact]
    public void EmSizeOfLines_GivesWhatTheWordsGatheredGive()
    {
        var random = new Random(7);
        for (var block = 0; block < 100; block++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => Line(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Word(random.Next(1, 14), random.Next(0, 20))).ToList()))
                .ToList();

            Assert.Equal(EmSize.Of(lines.SelectMany(l => l.Words).ToList()), EmSize.Of(lines));
        }
    }

    [Fact]
    public void HeadingBelowBody_GivesTheFirstHeadingAfterTheFirstValues()
    {
        // Heading, values, text, heading again, values: the second heading starts a new table.
        var region = Region(numeric: [false, true], header: [true, false, false, true, false], values: [false, true, false, false, true]);

        Assert.Equal(3, StreamTableDetector.HeadingBelowBody(region));
    }

    [Fact]
    public void HeadingBelowBody_NoHeadingBelow_GivesMinusOne()
    {
        Assert.Equal(-1, StreamTableDetector.HeadingBelowBody(Region(numeric: [false, true], header: [true, false, false], values: [false, true, true])));
        Assert.Equal(-1, StreamTableDetector.HeadingBelowBody(Region(numeric: [false, true], header: [true, true], values: [false, false])));
    }

    [Fact]
    public void HeadingBelowBody_WithoutNumericColumns_BodyIsTheFirstLineNoHeading()
    {
        Assert.Equal(2, StreamTableDetector.HeadingBelowBody(Region(numeric: [false, false], header: [true, false, true], values: [false, false, false])));
    }

    // A region of one line per flag; a line with a value has a number in the numeric column 1.
    private static StreamRegion Region(bool[] numeric, bool[] header, bool[] values)
    {
        var lines = new List<TextLine>();
        var byLine = new List<IReadOnlyList<Fragment>>();
        for (var i = 0; i < header.Length; i++)
        {
            var label = Word(10, 10, "Text", left: 10, bottom: 700 - (20 * i));
            var number = Word(10, 10, values[i] ? "12" : "Max", left: 200, bottom: 700 - (20 * i));
            lines.Add(Line([label, number]));
            byLine.Add([Fragment(i, 0, label), Fragment(i, 1, number)]);
        }

        var grid = new ColumnGrid([new Channel(100, 190, 0)], [(10, 60), (200, 250)]);
        return new StreamRegion(lines, grid, byLine, numeric, header, new bool[header.Length], 10);
    }

    private static Fragment Fragment(int line, int column, Word word) => new(line, column, column, [word], word.Box, TextReading.Of([word]));

    private static TextLine Line(List<Word> words)
        => new(words, [TextChunk.Of(words)], words.Select(w => w.Box).Aggregate((a, b) => a.Union(b)));

    private static Word Word(double size, double height, string text = "x", double left = 10, double bottom = 0)
        => new(text, new BoundingBox(left, bottom, left + 50, bottom + height), "F", size, false);
}
