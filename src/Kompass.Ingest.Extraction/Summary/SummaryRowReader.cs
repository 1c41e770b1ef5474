using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Reads one page's lines as table rows: per baseline band, the leftmost line with letters is the
/// label (with an area number printed in a cell of its own before it), and every number standing
/// on its own to the right of it (a line of numbers, units such as "p" aside, or numbers ending the
/// label line) is a cell. Text to the right that is not a number (a chart title sharing
/// the band) is passed over. Then a label wrapped onto the next band (no numbers of its own, close
/// below, not starting a new area) is joined to its row, and a band holding only numbers is given
/// to the wrapped (or numberless) label it stands beside. Pure.
/// </summary>
internal static partial class SummaryRowReader
{
    /// <summary>The rows of one page, top to bottom.</summary>
    public static List<SummaryRow> Read(IEnumerable<TextLine> lines, Func<string, bool> startsArea)
    {
        var bands = Bands(lines);
        var rows = new List<SummaryRow>();
        var numbersOnly = new List<SummaryRow>();
        foreach (var band in bands)
        {
            if (!band.HasLabel)
            {
                numbersOnly.Add(band);
            }
            else if (rows.Count > 0 && band.Cells.Count == 0 && IsWrap(rows[^1], band, startsArea))
            {
                var previous = rows[^1];
                rows[^1] = previous with { LabelLines = previous.LabelLines.Append(band.LabelLines[0]).ToList(), Box = previous.Box.Union(band.Box) };
            }
            else
            {
                rows.Add(band);
            }
        }

        foreach (var band in numbersOnly)
        {
            // Numbers on a band of their own belong to a label wrapped over two or more lines (set
            // level with its second line or between its lines), or to a label with no numbers of its
            // own; beside a one-line label that has its numbers they are something else (a chart's
            // axis or bar values).
            var owner = rows.Where(r => r.HasLabel && (r.LabelLines.Count > 1 || r.Cells.Count == 0) && Beside(r, band))
                .OrderBy(r => Math.Abs(r.Box.CentreY - band.Box.CentreY)).FirstOrDefault();
            var index = owner is null ? -1 : rows.IndexOf(owner);
            if (index >= 0)
            {
                rows[index] = owner! with { Cells = owner.Cells.Concat(band.Cells).OrderBy(c => c.Box.Left).ToList(), Box = owner.Box.Union(band.Box) };
            }
            else
            {
                rows.Add(band);
            }
        }

        return rows.OrderByDescending(r => r.Box.Top).ToList();
    }

    // Each baseline band read as a row (bands without a label or a number left out), top band
    // first, a band's lines left to right.
    private static List<SummaryRow> Bands(IEnumerable<TextLine> lines)
    {
        var bands = new List<SummaryRow>();
        foreach (var band in RowBands.LeftToRight(lines))
        {
            if (ReadBand(band) is { } row)
            {
                bands.Add(row);
            }
        }

        return bands;
    }

    // The band's label line, its area number and its cells; null for a band with neither a label
    // nor a number.
    private static SummaryRow? ReadBand(List<TextLine> band)
    {
        var labelIndex = band.FindIndex(IsLabel);
        List<SummaryCell>? cells = null;
        TextLine? label = null;
        TextLine? number = null;
        if (labelIndex >= 0)
        {
            label = band[labelIndex];

            // An area number printed in a cell of its own left of the name ("3 | Politisk styrning").
            if (labelIndex > 0 && AreaNumber().IsMatch(band[labelIndex - 1].Text.Trim()))
            {
                number = band[labelIndex - 1];
            }

            var words = label.Words;
            var firstNumber = words.Count;
            // Numbers ending the label line are cells; a dash there ends a wrapped name ("arbetsgivare –").
            while (firstNumber > 1 && (ScoreText.IsScore(words[firstNumber - 1].Text) || IsUnit(words[firstNumber - 1].Text)))
            {
                firstNumber--;
            }

            for (var i = firstNumber; i < words.Count; i++)
            {
                if (ScoreText.IsScore(words[i].Text))
                {
                    (cells ??= []).Add(ToCell(words[i]));
                }
            }
        }

        for (var k = labelIndex + 1; k < band.Count; k++)
        {
            var words = band[k].Words;
            if (AllCellOrUnit(words) && AnyCellWord(words))
            {
                for (var i = 0; i < words.Count; i++)
                {
                    if (IsCellWord(words[i]))
                    {
                        (cells ??= []).Add(ToCell(words[i]));
                    }
                }
            }
        }

        if (label is null && cells is null)
        {
            return null;
        }

        List<TextLine> labels = label is null ? [] : number is null ? [label] : [Joined(number, label)];
        return new SummaryRow(labels, (IReadOnlyList<SummaryCell>?)cells ?? [], BoxOf(cells, labels), label?.FontSize ?? band.Max(l => l.FontSize));
    }

    // The cells' boxes, then the label's, joined (a band has at least one of them).
    private static BoundingBox BoxOf(List<SummaryCell>? cells, List<TextLine> labels)
    {
        BoundingBox? box = null;
        foreach (var cell in cells ?? [])
        {
            box = box is { } b ? b.Union(cell.Box) : cell.Box;
        }

        foreach (var line in labels)
        {
            box = box is { } b ? b.Union(line.Box) : line.Box;
        }

        return box!.Value;
    }

    // A label has two letters or more, and is not made of numbers and units alone ("71 p").
    private static bool IsLabel(TextLine line) => CharCounts.Letters(line.Text) >= 2 && !AllCellOrUnit(line.Words);

    private static bool AllCellOrUnit(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCellOrUnit(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyCellWord(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsCellWord(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // A label wrapped onto the next band: no numbers, close below (within 1.6 lines), starting at or
    // a little right of the label, and not itself the start of an area label.
    private static bool IsWrap(SummaryRow row, SummaryRow next, Func<string, bool> startsArea)
    {
        var last = row.LabelLines[^1];
        var line = next.LabelLines[0];
        var size = Math.Max(last.FontSize, 1);
        return last.Box.Bottom - line.Box.Bottom <= 1.6 * size
               && line.Box.Left >= last.Box.Left - (0.5 * size)
               && line.Box.Left <= row.LabelLines[0].Box.Left + (3 * size)
               && Math.Abs(line.FontSize - last.FontSize) <= 0.15 * size
               && !startsArea(line.Text);
    }

    private static bool Beside(SummaryRow labelRow, SummaryRow numbers)
        => numbers.Box.CentreY <= labelRow.Box.Top + (0.5 * labelRow.FontSize)
           && numbers.Box.CentreY >= labelRow.Box.Bottom - (0.5 * labelRow.FontSize)
           && numbers.Box.Left > labelRow.LabelLines.Max(l => l.Box.Left);

    private static bool IsCellWord(Word word) => ScoreText.IsScore(word.Text) || ScoreText.IsPlaceholder(word.Text);

    // A number with its unit printed beside it ("71 p", "555 poäng") is still a number.
    private static bool IsCellOrUnit(Word word) => IsCellWord(word) || IsUnit(word.Text);

    /// <summary>
    /// True for a unit printed beside a number ("p", "p.", "poäng", "%"): only a text opening with
    /// "p" or "%" can be one, so the words of text are let go before the match.
    /// </summary>
    internal static bool IsUnit(string text) => text.Length > 0 && text[0] is 'p' or 'P' or '%' && Unit().IsMatch(text);

    private static TextLine Joined(TextLine number, TextLine label)
        => new(label.Page, label.Row, number.Words.Concat(label.Words).ToList(), number.Box.Union(label.Box), label.FontSize, label.IsBold);

    [GeneratedRegex(@"^[1-8][.):]?$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaNumber();

    [GeneratedRegex(@"^(?:p|p\.|poäng|%)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    private static SummaryCell ToCell(Word word)
        => new(ScoreText.TryParse(word.Text, out var value) ? value : null, word.Text, word.Box);
}
