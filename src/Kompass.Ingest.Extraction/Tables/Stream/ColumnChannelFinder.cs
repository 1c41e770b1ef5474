using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Finds the columns of a block of lines from whitespace, the way Tabula's stream mode does in
/// spirit: project every chunk onto the x axis and look for vertical strips that (almost) no
/// line crosses. A few crossing lines are allowed (a heading spanning two columns); within such a
/// strip the least-crossed part is taken, so the ragged right edge of a text column does not pass
/// for a column of its own. Every column must hold at least one chunk entirely.
/// </summary>
internal static class ColumnChannelFinder
{
    /// <summary>The column grid of <paramref name="lines"/>; widths in points.</summary>
    public static ColumnGrid Find(IReadOnlyList<TextLine> lines, double minChannelWidth, double spanningShare)
        => Find(ChunkEdges.Of(lines), minChannelWidth, spanningShare);

    /// <summary>The column grid of the lines whose chunks <paramref name="edges"/> holds; widths in points.</summary>
    public static ColumnGrid Find(ChunkEdges edges, double minChannelWidth, double spanningShare)
    {
        var chunks = edges.Chunks;
        if (chunks.Count == 0)
        {
            return new ColumnGrid([], []);
        }

        // At least one line may cross (a spanning heading), but never every line: one line alone has no spanning cells.
        var lineCount = edges.LineCount;
        var allowance = Math.Min(Math.Max(1, (int)Math.Floor(spanningShare * lineCount)), lineCount - 1);
        var channels = Candidates(edges, allowance, minChannelWidth);
        while (true)
        {
            var bands = Bands(chunks, channels);
            var empty = Array.FindIndex(bands, b => b is null);
            if (empty < 0)
            {
                return new ColumnGrid(channels, Array.ConvertAll(bands, b => b!.Value));
            }

            channels.RemoveAt(WeakerNeighbour(channels, empty));
        }
    }

    private static List<Channel> Candidates(ChunkEdges edges, int allowance, double minWidth)
    {
        // How many chunks cover each interval between two neighbouring edges.
        var xs = edges.Xs;
        var steps = edges.Steps;
        var coverage = new int[Math.Max(0, xs.Count - 1)];
        var running = 0;
        for (var k = 0; k < coverage.Length; k++)
        {
            running += steps[k];
            coverage[k] = running;
        }

        var channels = new List<Channel>();
        var k0 = 0;
        while (k0 < coverage.Length)
        {
            if (coverage[k0] > allowance)
            {
                k0++;
                continue;
            }

            var k1 = k0;
            while (k1 + 1 < coverage.Length && coverage[k1 + 1] <= allowance)
            {
                k1++;
            }

            AddLeastCrossed(channels, xs, coverage, k0, k1, minWidth);

            k0 = k1 + 1;
        }

        return channels;
    }

    /// <summary>Adds the runs of elementary intervals in [k0, k1] at the lowest coverage found there, when at least <paramref name="minWidth"/> wide.</summary>
    private static void AddLeastCrossed(List<Channel> channels, IReadOnlyList<double> xs, int[] coverage, int k0, int k1, double minWidth)
    {
        var min = coverage[k0];
        for (var i = k0 + 1; i <= k1; i++)
        {
            min = Math.Min(min, coverage[i]);
        }

        var k = k0;
        while (k <= k1)
        {
            if (coverage[k] != min)
            {
                k++;
                continue;
            }

            var end = k;
            while (end + 1 <= k1 && coverage[end + 1] == min)
            {
                end++;
            }

            if (xs[end + 1] - xs[k] >= minWidth)
            {
                channels.Add(new Channel(xs[k], xs[end + 1], min));
            }

            k = end + 1;
        }
    }

    /// <summary>Each column's content extent, from the chunks that lie wholly inside it; null for a column with none.</summary>
    private static (double Left, double Right)?[] Bands(IReadOnlyList<TextChunk> chunks, List<Channel> channels)
    {
        // Band i runs from channel i - 1's centre to channel i's, and the centres rise from left to
        // right: the bands a chunk lies within are found by search, not by testing every chunk
        // against every band (this runs again after each channel dropped). A band's extent is kept
        // as the chunks come, the first of equal values winning, as a minimum and maximum would.
        var centres = new double[channels.Count];
        for (var i = 0; i < centres.Length; i++)
        {
            centres[i] = channels[i].Centre;
        }

        var bands = new (double Left, double Right)?[channels.Count + 1];
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var left = chunk.Box.Left;
            var right = chunk.Box.Right;
            var last = CountBelow(centres, left, orEqual: true);
            for (var i = CountBelow(centres, right, orEqual: false); i <= last; i++)
            {
                bands[i] = bands[i] is { } band
                    ? (left < band.Left ? left : band.Left, right > band.Right ? right : band.Right)
                    : (left, right);
            }
        }

        return bands;
    }

    // How many of the rising centres lie below x (or at it, with orEqual).
    private static int CountBelow(double[] centres, double x, bool orEqual)
    {
        var (low, high) = (0, centres.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (centres[middle] < x || (orEqual && centres[middle] == x))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int WeakerNeighbour(List<Channel> channels, int column)
    {
        if (column == 0)
        {
            return 0;
        }

        if (column == channels.Count)
        {
            return channels.Count - 1;
        }

        var (left, right) = (channels[column - 1], channels[column]);
        if (left.Crossings != right.Crossings)
        {
            return left.Crossings > right.Crossings ? column - 1 : column;
        }

        return left.Right - left.Left <= right.Right - right.Left ? column - 1 : column;
    }
}
