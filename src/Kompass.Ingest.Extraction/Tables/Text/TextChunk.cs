using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>Words of one printed line with no column-wide gap between them, left to right.</summary>
internal sealed record TextChunk(IReadOnlyList<Word> Words, BoundingBox Box)
{
    // Read when first asked for (a chunk outside any table block never is), then kept.
    private TextReading? _reading;

    /// <summary>The words joined with single spaces.</summary>
    public string Text => Reading.Text;

    /// <summary>The words' text and what it reads as, read once.</summary>
    public TextReading Reading => _reading ??= TextReading.Of(Words);

    /// <summary>A chunk of <paramref name="words"/> (at least one, left to right).</summary>
    public static TextChunk Of(IReadOnlyList<Word> words) => new(words, Lines.WordList.Box(words)!.Value);
}
