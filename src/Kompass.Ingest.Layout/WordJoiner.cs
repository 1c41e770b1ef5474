using System.Text.RegularExpressions;
using DomainWord = Kompass.Ingest.Domain.Layout.Word;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Joins the pieces PdfPig's word extractor splits one printed word into. Two cases, both decided
/// from geometry on one baseline in one font, size and weight:
/// <list type="bullet">
/// <item>a number grouped by thousands ("12 500", "1 000 000"): a group of one to three digits,
/// then exactly three digits, with a no-break or thin space drawn between them, or no space glyph
/// at all and a gap narrower than the font's word space. The joined text separates the groups
/// with one plain space, the same form <see cref="TextNormaliser"/> gives a separator inside one
/// word, so "12 500" reads the same however the PDF drew it;</item>
/// <item>a word broken where kerning or letter spacing left a small gap: a letter, then a lower-case
/// letter, no space glyph between and a gap well under a word space. The pieces are concatenated.</item>
/// </list>
/// Numbers of neighbouring table cells ("10 15 65 %") stay apart: their gaps are column gaps, far
/// wider than any space. A question id and its text stay apart: the text does not start with three
/// digits or a lower-case letter after a letter. The joined word's box is the union of the pieces.
/// Pure and thread-safe.
/// </summary>
internal sealed partial class WordJoiner(LayoutReaderOptions options)
{
    /// <summary>The words of one page with split pieces joined, in the order of their first piece.</summary>
    public IReadOnlyList<DomainWord> Join(ReadOnlySpan<PlacedWord> words, ReadOnlySpan<SpaceGlyph> spaces)
    {
        var spaceWidths = new SpaceWidthTable(SpaceWidths(spaces));
        var next = new int[words.Length];
        var continues = new bool[words.Length];
        Array.Fill(next, -1);
        var lines = ByBaseline(words);
        for (var position = 0; position < lines.Order.Length; position++)
        {
            var i = lines.Order[position];
            var j = RightNeighbour(words, lines, position);
            if (j >= 0 && !continues[j] && JoinKind(words[i], words[j], spaces, spaceWidths) is not null)
            {
                next[i] = j;
                continues[j] = true;
            }
        }

        var joined = new List<DomainWord>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (!continues[i])
            {
                joined.Add(Chain(words, next, i, spaces, spaceWidths));
            }
        }

        return joined;
    }

    private DomainWord Chain(ReadOnlySpan<PlacedWord> words, int[] next, int first, ReadOnlySpan<SpaceGlyph> spaces, SpaceWidthTable spaceWidths)
    {
        var word = words[first].Word;
        for (var i = first; next[i] >= 0; i = next[i])
        {
            var piece = words[next[i]];
            var separator = JoinKind(words[i], piece, spaces, spaceWidths) == Kind.NumberGroup ? " " : string.Empty;
            word = word with { Text = word.Text + separator + piece.Word.Text, Box = word.Box.Union(piece.Word.Box) };
        }

        return word;
    }

    // The nearest word that starts to the right of word i on its baseline, whatever its font: a
    // piece in another font in between must stop the join, not be skipped over. Words are visited
    // in baseline order, so only the few on (about) the same baseline are compared, by the
    // baselines and left edges kept beside that order.
    private int RightNeighbour(ReadOnlySpan<PlacedWord> words, Lines lines, int position)
    {
        var a = words[lines.Order[position]].Word;
        var baseline = lines.Baselines[position];
        var tolerance = options.BaselineToleranceEm * a.FontSize;
        var (left, reachedRight) = (a.Box.Left, a.Box.Right - tolerance);
        var (best, bestLeft) = (-1, 0.0);
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (var p = position + step; p >= 0 && p < lines.Order.Length; p += step)
            {
                if (Math.Abs(lines.Baselines[p] - baseline) > tolerance)
                {
                    break;
                }

                var candidateLeft = lines.Lefts[p];
                if (candidateLeft > left && candidateLeft >= reachedRight && (best < 0 || candidateLeft < bestLeft))
                {
                    (best, bestLeft) = (lines.Order[p], candidateLeft);
                }
            }
        }

        return best;
    }

    private Kind? JoinKind(in PlacedWord a, in PlacedWord b, ReadOnlySpan<SpaceGlyph> spaces, SpaceWidthTable spaceWidths)
    {
        var left = a.Word;
        var right = b.Word;
        if (left.FontName != right.FontName || left.IsBold != right.IsBold || Math.Abs(left.FontSize - right.FontSize) > 0.05)
        {
            return null;
        }

        // The drawn space between them is looked up last: it scans the page's spaces, and most
        // neighbours are told apart by their text or gap alone. The first characters are tested
        // before the patterns and the font's space, which most neighbours need neither of: a
        // trailing group starts with a digit (\d, as char.IsDigit), a kerned piece with a lower-case letter.
        var gap = right.Box.Left - left.Box.Right;
        if (char.IsDigit(right.Text[0]) && LeadingGroup().IsMatch(left.Text) && TrailingGroup().IsMatch(right.Text))
        {
            var narrowForASeparator = gap <= options.MaxGroupSeparatorEm * left.FontSize;
            var narrowForAThinSpace = gap < options.ThinSpaceShareOfSpace * SpaceWidth(left, spaceWidths);
            if (!narrowForASeparator && !narrowForAThinSpace)
            {
                return null;
            }

            var drawn = SpaceBetween(a, b, spaces);
            var separated = drawn is { IsGroupSeparator: true } && narrowForASeparator;
            var thin = drawn is null && narrowForAThinSpace;
            return separated || thin ? Kind.NumberGroup : null;
        }

        var kerned = char.IsLetter(left.Text[^1]) && char.IsLower(right.Text[0])
            && gap < options.KerningShareOfSpace * SpaceWidth(left, spaceWidths)
            && SpaceBetween(a, b, spaces) is null;
        return kerned ? Kind.Kerning : null;
    }

    // The width of a word space in the word's font and size: as drawn on the page, or a share of the size.
    private double SpaceWidth(DomainWord word, SpaceWidthTable spaceWidths)
        => spaceWidths.Find(word.FontName, word.FontSize) ?? options.FallbackSpaceWidthEm * word.FontSize;

    // The first drawn space between the two words on their baseline.
    private SpaceGlyph? SpaceBetween(in PlacedWord a, in PlacedWord b, ReadOnlySpan<SpaceGlyph> spaces)
    {
        var tolerance = options.BaselineToleranceEm * a.Word.FontSize;
        var baseline = a.Baseline!.Value;
        foreach (ref readonly var s in spaces)
        {
            var middle = (s.Left + s.Right) / 2;
            if (Math.Abs(s.Baseline - baseline) <= tolerance && middle >= a.Word.Box.Right - tolerance && middle <= b.Word.Box.Left + tolerance)
            {
                return s;
            }
        }

        return null;
    }

    // The indices of the words that have a baseline, by baseline; words on one baseline in their
    // order (the index breaks the tie, as a stable sort would keep them). The baselines are sorted
    // as a plain array of doubles, which is several times cheaper than sorting (baseline, index)
    // pairs through their comparer; the few words that share a baseline (a line's) are then put
    // back into their order, since the array sort does not keep it.
    private static Lines ByBaseline(ReadOnlySpan<PlacedWord> words)
    {
        var count = 0;
        foreach (ref readonly var word in words)
        {
            count += word.Baseline.HasValue ? 1 : 0;
        }

        var baselines = new double[count];
        var order = new int[count];
        for (int i = 0, at = 0; i < words.Length; i++)
        {
            if (words[i].Baseline is { } baseline)
            {
                (baselines[at], order[at]) = (baseline, i);
                at++;
            }
        }

        Array.Sort(baselines, order);
        for (var first = 0; first < count;)
        {
            var end = first + 1;

            // Equal as double.CompareTo tells them (NaN equals NaN, -0 equals 0), the order the pairs were sorted in.
            while (end < count && baselines[end].Equals(baselines[first]))
            {
                end++;
            }

            InsertionSort(order.AsSpan(first, end - first));
            first = end;
        }

        var lefts = new double[count];
        for (var p = 0; p < count; p++)
        {
            lefts[p] = words[order[p]].Word.Box.Left;
        }

        return new Lines(order, baselines, lefts);
    }

    // The words that have a baseline, by baseline (Order), with each one's baseline and left edge
    // at the same position: the neighbour search reads these side by side instead of each word.
    private sealed record Lines(int[] Order, double[] Baselines, double[] Lefts);

    // The median word space per font and size, with the last one asked for kept: a line's
    // neighbours share their font, and a font's name is one string on a page, so most questions
    // are answered without hashing the name.
    private sealed class SpaceWidthTable(Dictionary<(string, double), double> medians)
    {
        private string? _lastFont;
        private double _lastSize;
        private double? _lastWidth;

        public double? Find(string font, double size)
        {
            if (!ReferenceEquals(font, _lastFont) || !size.Equals(_lastSize))
            {
                (_lastFont, _lastSize) = (font, size);
                _lastWidth = medians.TryGetValue((font, size), out var width) ? width : null;
            }

            return _lastWidth;
        }
    }

    // A line's indices are few and mostly in order already.
    private static void InsertionSort(Span<int> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var j = i - 1;
            for (; j >= 0 && values[j] > value; j--)
            {
                values[j + 1] = values[j];
            }

            values[j + 1] = value;
        }
    }

    // The median advance of the word spaces drawn in each font and size: justified lines stretch
    // some of them, the median stays near the font's own space. Spaces come in runs of one font
    // and size (a line's), and a font's name is one string on a page, so the last run's list is
    // reused without hashing the name again.
    private static Dictionary<(string, double), double> SpaceWidths(ReadOnlySpan<SpaceGlyph> spaces)
    {
        var widths = new Dictionary<(string, double), List<double>>();
        List<double>? last = null;
        (string? Font, double Size) lastKey = (null, 0);
        foreach (ref readonly var s in spaces)
        {
            if (!s.IsWordSpace || !(s.Width > 0))
            {
                continue;
            }

            if (last is null || !ReferenceEquals(s.FontName, lastKey.Font) || !s.FontSize.Equals(lastKey.Size))
            {
                if (!widths.TryGetValue((s.FontName, s.FontSize), out last))
                {
                    widths[(s.FontName, s.FontSize)] = last = [];
                }

                lastKey = (s.FontName, s.FontSize);
            }

            last.Add(s.Width);
        }

        var medians = new Dictionary<(string, double), double>(widths.Count);
        foreach (var (key, same) in widths)
        {
            same.Sort();
            medians[key] = same[same.Count / 2];
        }

        return medians;
    }

    // One to three digits, optionally signed or opened by a parenthesis: the first group of a number.
    [GeneratedRegex(@"^[-+\u2212\u2013(]?(?:\d{1,3})(?: \d{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingGroup();

    // Exactly three digits, then at most a decimal part, a percent sign or closing punctuation.
    [GeneratedRegex(@"^\d{3}(?:[.,]\d+)?\s?[%)]?[.,;:]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingGroup();

    private enum Kind
    {
        NumberGroup,
        Kerning,
    }
}
