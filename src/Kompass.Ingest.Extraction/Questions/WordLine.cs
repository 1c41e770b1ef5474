using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>Words of one cell or row side that share a printed line, left to right.</summary>
internal sealed record WordLine(IReadOnlyList<Word> Words)
{
    /// <summary>The words' box.</summary>
    public BoundingBox Box { get; } = WordList.Box(Words)!.Value;

    /// <summary>The words joined with single spaces.</summary>
    public string Text => WordList.Text(Words);

    /// <summary>
    /// Groups <paramref name="words"/> into lines by their vertical centres, whatever order they
    /// come in (a text layer may list a row's numbers before its wrapped text): top to bottom.
    /// </summary>
    public static IReadOnlyList<WordLine> Group(IEnumerable<Word> words, double tolerance)
    {
        var lines = new List<List<Word>>();
        var centre = 0.0;
        foreach (var word in words.OrderByDescending(w => w.Box.CentreY).ThenBy(w => w.Box.Left))
        {
            if (lines.Count > 0 && centre - word.Box.CentreY <= tolerance)
            {
                lines[^1].Add(word);
                centre += (word.Box.CentreY - centre) / lines[^1].Count;
                continue;
            }

            lines.Add([word]);
            centre = word.Box.CentreY;
        }

        return lines.Select(l => new WordLine(l.OrderBy(w => w.Box.Left).ToList())).ToList();
    }
}
