using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Cuts each line's chunks into fragments at the column channels. A chunk is cut between two words
/// whose gap touches a channel and is wider than a word space (headings like "Uppnått Max Procent"
/// printed closer than a column gap); a heading centred over two columns ("Score 2016") keeps its
/// word spaces and stays one fragment spanning both.
/// </summary>
internal static class FragmentBuilder
{
    /// <summary>The fragments of every line, in line order and left to right within a line.</summary>
    public static IReadOnlyList<Fragment> Build(IReadOnlyList<TextLine> lines, ColumnGrid grid, double minCutGap)
    {
        var fragments = new List<Fragment>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var chunk in lines[i].Chunks)
            {
                Split(fragments, i, chunk, grid, minCutGap);
            }
        }

        return fragments;
    }

    // Adds the chunk's fragments to the list directly: this runs for every chunk of every block
    // analysed, where an iterator per chunk was garbage. A chunk no channel cuts (nearly all) is one
    // fragment with the chunk's own words, box and reading.
    private static void Split(List<Fragment> fragments, int line, TextChunk chunk, ColumnGrid grid, double minCutGap)
    {
        var start = 0;
        for (var k = 1; k < chunk.Words.Count; k++)
        {
            var (before, word) = (chunk.Words[k - 1], chunk.Words[k]);
            if (word.Box.Left - before.Box.Right >= minCutGap && grid.HasChannelTouching(before.Box.Right, word.Box.Left))
            {
                fragments.Add(ToFragment(line, chunk.Words.Skip(start).Take(k - start).ToList(), grid));
                start = k;
            }
        }

        fragments.Add(start == 0 ? ToFragment(line, chunk.Words, chunk.Box, chunk.Reading, grid) : ToFragment(line, chunk.Words.Skip(start).ToList(), grid));
    }

    private static Fragment ToFragment(int line, List<Word> words, ColumnGrid grid)
        => ToFragment(line, words, Lines.WordList.Box(words)!.Value, TextReading.Of(words), grid);

    private static Fragment ToFragment(int line, IReadOnlyList<Word> words, BoundingBox box, TextReading reading, ColumnGrid grid)
    {
        var first = grid.ColumnOf(box.Left);
        var last = Math.Max(first, grid.ColumnOf(box.Right));
        return new Fragment(line, first, last, words, box, reading);
    }
}
