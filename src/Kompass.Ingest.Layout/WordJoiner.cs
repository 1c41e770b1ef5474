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
    public IReadOnlyList<DomainWord> Join(IReadOnlyList<PlacedWord> words, IReadOnlyList<SpaceGlyph> spaces)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(spaces);
        var spaceWidths = SpaceWidths(spaces);
        var next = new int[words.Count];
        var continues = new bool[words.Count];
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

        var joined = new List<DomainWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (!continues[i])
            {
                joined.Add(Chain(words, next, i, spaces, spaceWidths));
            }
        }

        return joined;
    }

    private DomainWord Chain(IReadOnlyList<PlacedWord> words, int[] next, int first, IReadOnlyList<SpaceGlyph> spaces, Dictionary<(string, double), double> spaceWidths)
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
    private int RightNeighbour(IReadOnlyList<PlacedWord> words, int[] byBaseline, int position)
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

    private Kind? JoinKind(PlacedWord a, PlacedWord b, IReadOnlyList<SpaceGlyph> spaces, Dictionary<(string, double), double> spaceWidths)
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
    private SpaceGlyph? SpaceBetween(PlacedWord a, PlacedWord b, IReadOnlyList<SpaceGlyph> spaces)
    {
        var tolerance = options.BaselineToleranceEm * a.Word.FontSize;
        var baseline = a.Baseline!.Value;
        for (var i = 0; i < spaces.Count; i++)
        {
            var s = spaces[i];
            var middle = (s.Left + s.Right) / 2;
            if (Math.Abs(s.Baseline - baseline) <= tolerance && middle >= a.Word.Box.Right - tolerance && middle <= b.Word.Box.Left + tolerance)
            {
                return s;
            }
        }

        return null;
    }

    // The indices of the words that have a baseline, by baseline; words on one baseline in their
    // order (the index breaks the tie, as a stable sort would keep them).
    private static int[] ByBaseline(IReadOnlyList<PlacedWord> words)
    {
        var keyed = new List<(double Baseline, int Index)>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Baseline is { } baseline)
            {
                keyed.Add((baseline, i));
            }
        }

        keyed.Sort();
        var order = new int[keyed.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = keyed[i].Index;
        }

        return order;
    }

    // The median advance of the word spaces drawn in each font and size: justified lines stretch
    // some of them, the median stays near the font's own space.
    private static Dictionary<(string, double), double> SpaceWidths(IReadOnlyList<SpaceGlyph> spaces)
    {
        var widths = new Dictionary<(string, double), List<double>>();
        for (var i = 0; i < spaces.Count; i++)
        {
            var s = spaces[i];
            if (s.IsWordSpace && s.Width > 0)
            {
                if (!widths.TryGetValue((s.FontName, s.FontSize), out var same))
                {
                    widths[(s.FontName, s.FontSize)] = same = [];
                }

                same.Add(s.Width);
            }
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
