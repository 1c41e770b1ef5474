using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Words of one printed line with no column-wide gap between them ("70 %", "Har kommunen en …"):
/// the unit a table cell is made of. <see cref="Row"/> is the table row the words belong to.
/// </summary>
internal sealed record WordRun(int Row, int Page, IReadOnlyList<Word> Words)
{
    /// <summary>The words' box.</summary>
    public BoundingBox Box { get; } = BoundingBox.UnionOf(Words.Select(w => w.Box))!.Value;

    /// <summary>The words joined with single spaces.</summary>
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The run read as one printed number, when it is one.</summary>
    public PrintedNumber? Number { get; } = PrintedNumberParser.TryParse(string.Join(' ', Words.Select(w => w.Text)), out var n) ? n : null;

    /// <summary>
    /// Splits each line of <paramref name="words"/> into runs at gaps of at least
    /// <paramref name="gap"/> points; lines come top to bottom, runs left to right.
    /// </summary>
    public static IEnumerable<WordRun> Split(int row, int page, IEnumerable<Word> words, double lineTolerance, double gap)
    {
        foreach (var line in WordLine.Group(words, lineTolerance))
        {
            var run = new List<Word> { line.Words[0] };
            for (var k = 1; k < line.Words.Count; k++)
            {
                if (line.Words[k].Box.Left - run.Max(w => w.Box.Right) >= gap)
                {
                    yield return new WordRun(row, page, run);
                    run = [];
                }

                run.Add(line.Words[k]);
            }

            yield return new WordRun(row, page, run);
        }
    }
}
