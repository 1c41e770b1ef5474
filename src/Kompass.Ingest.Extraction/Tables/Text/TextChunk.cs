using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>Words of one printed line with no column-wide gap between them, left to right.</summary>
internal sealed record TextChunk(IReadOnlyList<Word> Words, BoundingBox Box)
{
    /// <summary>The words joined with single spaces.</summary>
    public string Text => Lines.WordList.Text(Words);

    /// <summary>A chunk of <paramref name="words"/> (at least one, left to right).</summary>
    public static TextChunk Of(IReadOnlyList<Word> words) => new(words, Lines.WordList.Box(words)!.Value);
}
