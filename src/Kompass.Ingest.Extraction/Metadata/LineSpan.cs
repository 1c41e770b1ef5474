using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// The box of part of a line's text: the union of the words that a character span of
/// <see cref="TextLine.Text"/> touches (the words are joined with single spaces there), so that
/// a value's provenance highlights the date or name, not the whole line.
/// </summary>
public static class LineSpan
{
    /// <summary>The box of the words that characters [start, start + length) of the line's text touch; the line's box when none.</summary>
    public static BoundingBox BoxOf(TextLine line, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = start + length;
        var offset = 0;
        BoundingBox? box = null;
        foreach (var word in line.Words)
        {
            var wordEnd = offset + word.Text.Length;
            if (offset < end && start < wordEnd)
            {
                box = box is { } b ? b.Union(word.Box) : word.Box;
            }

            offset = wordEnd + 1;
        }

        return box ?? line.Box;
    }

    /// <summary>The provenance of characters [start, start + length) of one line.</summary>
    public static Provenance ProvenanceOf(TextLine line, int start, int length, string extractor)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new Provenance(line.Page, BoxOf(line, start, length), line.Text.Substring(start, length), extractor);
    }
}
