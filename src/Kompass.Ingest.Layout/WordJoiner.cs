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
        var spaceWidths = SpaceWidths(spaces);
        var next = new int[words.Length];
        var continues = new bool[words.Length];
        Array.Fill(next, -1);
        var byBaseline = ByBaseline(words);
        for (var position = 0; position < byBaseline.Length; position++)
        {
            var i = byBaseline[position];
            var j = RightNeighbour(words, byBaseline, position);
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

    private DomainWord Chain(ReadOnlySpan<PlacedWord> words, int[] next, int first, ReadOnlySpan<SpaceGlyph> spaces, Dictionary<(string, double), double> spaceWidths)
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
    // in baseline order, so only the few on (about) the same baseline are compared.
    private int RightNeighbour(ReadOnlySpan<PlacedWord> words, int[] byBaseline, int position)
    {
        var i = byBaseline[position];
        var a = words[i];
        var baseline = a.Baseline!.Value;
        var tolerance = options.BaselineToleranceEm * a.Word.FontSize;
        var best = -1;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (var p = position + step; p >= 0 && p < byBaseline.Length; p += step)
            {
                var j = byBaseline[p];
                var b = words[j].Word;
                if (Math.Abs(words[j].Baseline!.Value - baseline) > tolerance)
                {
                    break;
                }

                if (b.Box.Left > a.Word.Box.Left && b.Box.Left >= a.Word.Box.Right - tolerance
                    && (best < 0 || b.Box.Left < words[best].Word.Box.Left))
                {
                    best = j;
                }
            }
        }

        return best;
    }

    private Kind? JoinKind(in PlacedWord a, in PlacedWord b, ReadOnlySpan<SpaceGlyph> spaces, Dictionary<(string, double), double> spaceWidths)
    {
        var left = a.Word;
        var right = b.Word;
        if (left.FontName != right.FontName || left.IsBold != right.IsBold || Math.Abs(left.FontSize - right.FontSize) > 0.05)
        {
            return null;
        }

        // The drawn space between them is looked up last: it scans the page's spaces, and most
        // neighbours are told apart by their text or gap alone.
        var gap = right.Box.Left - left.Box.Right;
        var space = spaceWidths.GetValueOrDefault((left.FontName, left.FontSize), options.FallbackSpaceWidthEm * left.FontSize);
        if (LeadingGroup().IsMatch(left.Text) && TrailingGroup().IsMatch(right.Text))
        {
            var narrowForASeparator = gap <= options.MaxGroupSeparatorEm * left.FontSize;
            var narrowForAThinSpace = gap < options.ThinSpaceShareOfSpace * space;
            if (!narrowForASeparator && !narrowForAThinSpace)
            {
                return null;
            }

            var drawn = SpaceBetween(a, b, spaces);
            var separated = drawn is { IsGroupSeparator: true } && narrowForASeparator;
            var thin = drawn is null && narrowForAThinSpace;
            return separated || thin ? Kind.NumberGroup : null;
        }

        var kerned = gap < options.KerningShareOfSpace * space
            && char.IsLetter(left.Text[^1]) && char.IsLower(right.Text[0])
            && SpaceBetween(a, b, spaces) is null;
        return kerned ? Kind.Kerning : null;
    }

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
    private static int[] ByBaseline(ReadOnlySpan<PlacedWord> words)
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

        return order;
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
