using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>One printed line of a region: its words left to right, split into chunks at column-wide gaps.</summary>
internal sealed record TextLine(IReadOnlyList<Word> Words, IReadOnlyList<TextChunk> Chunks, BoundingBox Box)
{
    /// <summary>True when the line has more than one chunk, i.e. cells side by side.</summary>
    public bool IsMultiChunk => Chunks.Count > 1;

    /// <summary>Whitespace from the bottom of this line to the top of <paramref name="below"/> (negative when they overlap).</summary>
    public double GapTo(TextLine below) => Box.Bottom - below.Box.Top;
}
