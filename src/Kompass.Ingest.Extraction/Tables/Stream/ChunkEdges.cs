using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// The chunks of a block of lines and their edges projected onto the x axis: the distinct edges in
/// rising order, and at each edge how many chunks start there less how many end there (so a running
/// sum gives how many chunks cover each interval between two edges). A block that grows line by line
/// adds each line's edges in place, where finding its columns afresh sorted all its edges again for
/// every line it grew by. Not thread-safe; one per block.
/// </summary>
internal sealed class ChunkEdges
{
    private readonly List<TextChunk> _chunks = [];
    private readonly List<double> _xs = [];
    private readonly List<int> _steps = [];

    /// <summary>The chunks of the lines added, in line order and left to right within a line.</summary>
    public IReadOnlyList<TextChunk> Chunks => _chunks;

    /// <summary>The distinct chunk edges in rising order, in points.</summary>
    public IReadOnlyList<double> Xs => _xs;

    /// <summary>Per edge of <see cref="Xs"/>: the chunks starting there less the chunks ending there.</summary>
    public IReadOnlyList<int> Steps => _steps;

    /// <summary>How many lines were added.</summary>
    public int LineCount { get; private set; }

    /// <summary>The edges of <paramref name="lines"/>.</summary>
    public static ChunkEdges Of(IReadOnlyList<TextLine> lines)
    {
        var edges = new ChunkEdges();
        foreach (var line in lines)
        {
            edges.Add(line);
        }

        return edges;
    }

    /// <summary>Adds the chunks of <paramref name="line"/> and their edges.</summary>
    public void Add(TextLine line)
    {
        LineCount++;
        foreach (var chunk in line.Chunks)
        {
            _chunks.Add(chunk);
            _steps[IndexOf(chunk.Box.Left)]++;
            _steps[IndexOf(chunk.Box.Right)]--;
        }
    }

    // The index of x among the edges, inserted in order (with no step yet) when it is new.
    private int IndexOf(double x)
    {
        var at = _xs.BinarySearch(x);
        if (at >= 0)
        {
            return at;
        }

        at = ~at;
        _xs.Insert(at, x);
        _steps.Insert(at, 0);
        return at;
    }
}
