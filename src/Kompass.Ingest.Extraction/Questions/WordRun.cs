using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Words of one printed line with no column-wide gap between them ("70 %", "Har kommunen en …"):
/// the unit a table cell is made of. <see cref="Row"/> is the table row the words belong to.
/// </summary>
internal sealed record WordRun(int Row, int Page, IReadOnlyList<Word> Words)
{
    /// <summary>The words' box.</summary>
    public BoundingBox Box { get; } = WordList.Box(Words)!.Value;

    // The text is joined once and read as a number from that one string, when first asked for:
    // the zone finder splits every line of a page into runs for their boxes, and reads only the
    // runs of the few lines around its zones.
    private (string Text, PrintedNumber? Number)? _reading;

    /// <summary>The words joined with single spaces.</summary>
    public string Text => Reading.Text;

    /// <summary>The run read as one printed number, when it is one.</summary>
    public PrintedNumber? Number => Reading.Number;

    /// <summary>
    /// True when the run holds only a percent sign (see <see cref="PrintedNumberParser.IsPercentSign"/>),
    /// found without joining its words: the one word with more than white space is "%" (white space
    /// between words is trimmed away with theirs). Asked of every run of a table.
    /// </summary>
    public bool IsPercentSign
    {
        get
        {
            string? only = null;
            foreach (var word in Words)
            {
                if (string.IsNullOrWhiteSpace(word.Text))
                {
                    continue;
                }

                if (only is not null)
                {
                    return false;
                }

                only = word.Text;
            }

            return only is not null && PrintedNumberParser.IsPercentSign(only);
        }
    }

    private (string Text, PrintedNumber? Number) Reading => _reading ??= Read(Words);

    /// <summary>
    /// Equal to a run of the same row, page and word list. Written out so that the text read on
    /// demand, which the generated equality would compare too, cannot make two equal runs differ.
    /// </summary>
    public bool Equals(WordRun? other)
        => other is not null && Row == other.Row && Page == other.Page && EqualityComparer<IReadOnlyList<Word>>.Default.Equals(Words, other.Words);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Row, Page, Words);

    /// <summary>
    /// Splits one printed line, its words left to right as <see cref="WordLine.Group"/> gives them,
    /// into runs at gaps of at least <paramref name="gap"/> points, left to right. The line is taken
    /// as it is: grouping its words again would give the same line, at the cost of two sorts.
    /// </summary>
    public static List<WordRun> Split(int row, int page, WordLine line, double gap)
    {
        var runs = new List<WordRun>();
        AddRuns(runs, row, page, line, gap);
        return runs;
    }

    /// <summary>
    /// The runs of every line of <paramref name="lines"/> as <see cref="Split"/> gives them, each
    /// line's row its index, in one list: a table's or a zone's runs, without a list per line.
    /// </summary>
    public static List<WordRun> SplitAll(IReadOnlyList<WordLine> lines, int page, double gap)
    {
        var runs = new List<WordRun>();
        for (var i = 0; i < lines.Count; i++)
        {
            AddRuns(runs, i, page, lines[i], gap);
        }

        return runs;
    }

    private static void AddRuns(List<WordRun> runs, int row, int page, WordLine line, double gap)
    {
        var run = new List<Word> { line.Words[0] };
        var right = line.Words[0].Box.Right;
        for (var k = 1; k < line.Words.Count; k++)
        {
            // right is the rightmost edge of the run so far, kept as words are added.
            if (line.Words[k].Box.Left - right >= gap)
            {
                runs.Add(new WordRun(row, page, run));
                run = [];
                right = double.MinValue;
            }

            run.Add(line.Words[k]);
            right = Math.Max(right, line.Words[k].Box.Right);
        }

        runs.Add(new WordRun(row, page, run));
    }

    private static (string Text, PrintedNumber? Number) Read(IReadOnlyList<Word> words)
    {
        var text = WordList.Text(words);
        return (text, PrintedNumberParser.TryParse(text, out var n) ? n : null);
    }
}
