using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Stream;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class ChunkEdgesTests
{
    [Fact]
    public void Add_LineByLine_GivesTheEdgesAndGridOfTheWholeBlock()
    {
        // Shared edges (40, 100), a zero-width chunk and lines out of x order: the cases where
        // inserting in place could part from sorting all edges at once.
        var lines = new[]
        {
            Line(Chunk(10, 40), Chunk(100, 130)),
            Line(Chunk(100, 120), Chunk(10, 40)),
            Line(Chunk(60, 60), Chunk(10, 35), Chunk(140, 150)),
            Line(Chunk(10, 130)),
        };
        var sut = new ChunkEdges();

        for (var n = 1; n <= lines.Length; n++)
        {
            sut.Add(lines[n - 1]);
            var whole = lines.Take(n).ToList();
            var expected = whole.SelectMany(l => l.Chunks).SelectMany(c => new[] { c.Box.Left, c.Box.Right }).Distinct().Order().ToList();
            Assert.Equal(expected, sut.Xs);
            Assert.Equal(n, sut.LineCount);
            Assert.Equal(0, sut.Steps.Sum());
            Assert.Equal(Describe(ColumnChannelFinder.Find(whole, 5, 0.2)), Describe(ColumnChannelFinder.Find(sut, 5, 0.2)));
        }
    }

    private static string Describe(ColumnGrid grid)
        => string.Join(" | ", grid.Channels.Select(c => $"{c.Left}-{c.Right}x{c.Crossings}")) + " / " + string.Join(" ", grid.Bands);

    private static TextLine Line(params TextChunk[] chunks)
        => new(chunks.SelectMany(c => c.Words).ToList(), chunks, chunks.Select(c => c.Box).Aggregate((a, b) => a.Union(b)));

    private static TextChunk Chunk(double left, double right)
        => TextChunk.Of([new Word("x", new BoundingBox(left, 0, right, 10), "F", 10, false)]);
}
