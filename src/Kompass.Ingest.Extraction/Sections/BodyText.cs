using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// A document's body lines (furniture removed) in reading order, page by page, with what the
/// section reader measures against: the body font size, the normal line spacing per font size
/// (the commonest baseline-to-baseline distance of consecutive lines of one paragraph), the text
/// margins of each page, and the document's words (to tell a hyphenated compound from a word
/// broken at a line end). Immutable.
/// </summary>
internal sealed class BodyText
{
    private readonly Dictionary<double, double> _pitch;
    private readonly Dictionary<int, (double Left, double Right)> _margins;
    private readonly Lazy<HashSet<string>> _words;
    private readonly Lazy<HashSet<string>> _hyphenated;
    private readonly Dictionary<int, double> _heights;

    private BodyText(List<TextLine> lines, double bodySize, Dictionary<double, double> pitch, Dictionary<int, (double, double)> margins, Dictionary<int, double> heights)
    {
        _heights = heights;
        Lines = lines;
        BodySize = bodySize;
        _pitch = pitch;
        _margins = margins;

        // Asked only where a list item's line ends in a hyphen, so made at the first question. The
        // first question is always of a hyphenated form ("kompetens-försörjning"), and most
        // documents never print it: the few words with a hyphen answer that without the document's
        // every word lower-cased into a set. Lower case neither makes nor takes away a hyphen.
        _words = new Lazy<HashSet<string>>(() => new HashSet<string>(lines.SelectMany(l => l.Words).Select(w => LowerCase.Invariant(w.Text)), StringComparer.Ordinal));
        _hyphenated = new Lazy<HashSet<string>>(() => new HashSet<string>(
            lines.SelectMany(l => l.Words).Where(w => w.Text.Contains('-', StringComparison.Ordinal)).Select(w => LowerCase.Invariant(w.Text)), StringComparer.Ordinal));
    }

    /// <summary>The body lines in reading order.</summary>
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>The font size most characters are set in (points).</summary>
    public double BodySize { get; }

    /// <summary>
    /// Reads the body of <paramref name="pages"/>: every line but the furniture, except that a line
    /// <paramref name="isContent"/> says is structure is kept even when it recurs like furniture
    /// ("Rubriker" in a small font opening every area page at the same height).
    /// </summary>
    public static BodyText Build(IReadOnlyList<PageLines> pages, FurnitureResult furniture, Func<TextLine, bool> isContent)
    {
        var lines = pages.SelectMany(p => p.Lines).Where(l => !furniture.IsFurniture(l) || isContent(l)).ToList();
        var bodySize = BodyFontSize.Of(lines) ?? 10;
        var margins = Margins(lines, bodySize);
        var heights = pages.ToDictionary(p => p.Number, p => p.Page.Height);
        return new BodyText(lines, bodySize, Pitches(lines), margins, heights);
    }

    /// <summary>A line's baseline: the median bottom of its words (a descender or a raised glyph moves one word, not the median).</summary>
    public static double Baseline(TextLine line)
    {
        // Sorted in place on the stack: every line's baseline is taken, often twice, by several parts.
        var count = line.Words.Count;
        if (count == 0)
        {
            return line.Box.Bottom;
        }

        Span<double> bottoms = count <= 64 ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count; i++)
        {
            bottoms[i] = line.Words[i].Box.Bottom;
        }

        bottoms.Sort();
        return bottoms[count / 2];
    }

    /// <summary>The normal baseline-to-baseline distance of lines set in <paramref name="fontSize"/> (points; 1.2 × size when the document shows none).</summary>
    public double Pitch(double fontSize) => _pitch.TryGetValue(SizeKey(fontSize), out var pitch) ? pitch : 1.2 * fontSize;

    /// <summary>The left edge of the body text on <paramref name="page"/>.</summary>
    public double LeftMargin(int page) => _margins.TryGetValue(page, out var m) ? m.Left : 0;

    /// <summary>The right edge of the body text on <paramref name="page"/>.</summary>
    public double RightMargin(int page) => _margins.TryGetValue(page, out var m) ? m.Right : double.MaxValue;

    /// <summary>True when <paramref name="line"/> lies in the outer tenth of its page's height, where headers and footers stand.</summary>
    public bool InOuterBand(TextLine line)
        => _heights.TryGetValue(line.Page, out var height) && (line.Box.Bottom > 0.9 * height || line.Box.Top < 0.1 * height);

    /// <summary>True when the document prints <paramref name="word"/> (compared in lower case).</summary>
    public bool HasWord(string word)
    {
        var lower = LowerCase.Invariant(word);
        return (lower.Contains('-', StringComparison.Ordinal) ? _hyphenated : _words).Value.Contains(lower);
    }

    private static double SizeKey(double size) => BodyFontSize.Rounded(size);

    // The margins of the running text (body size, five words or more), the same for every page so
    // that a list running over onto a nearly empty page is measured against the same edge. A
    // page's left edge is the leftmost edge at which three such lines start; the document's is the
    // commonest over the pages, the smaller on a tie. Where the odd and the even pages clearly
    // differ (most pages of each parity agree on an edge of its own), the report mirrors its
    // margins and each parity gets its own. The right edge is the furthest such a line reaches.
    private static Dictionary<int, (double Left, double Right)> Margins(List<TextLine> lines, double bodySize)
    {
        var running = lines.Where(l => Math.Abs(l.FontSize - bodySize) <= 0.15 * bodySize && l.Words.Count >= 5).ToList();
        if (running.Count == 0)
        {
            return [];
        }

        var edges = running.GroupBy(l => l.Page)
            .Select(page => (Page: page.Key, Edge: page.GroupBy(l => Math.Round(l.Box.Left)).Where(g => g.Count() >= 3).Select(g => g.Key).DefaultIfEmpty(double.NaN).Min()))
            .Where(e => !double.IsNaN(e.Edge))
            .ToList();
        var right = running.Max(l => l.Box.Right);
        var common = Commonest(edges.Select(e => e.Edge).ToList()) ?? running.Min(l => Math.Round(l.Box.Left));
        var odd = edges.Where(e => e.Page % 2 == 1).Select(e => e.Edge).ToList();
        var even = edges.Where(e => e.Page % 2 == 0).Select(e => e.Edge).ToList();
        var (oddEdge, evenEdge) = (Commonest(odd, 0.7), Commonest(even, 0.7));
        var mirrored = odd.Count >= 3 && even.Count >= 3 && oddEdge is not null && evenEdge is not null && oddEdge != evenEdge;
        return lines.Select(l => l.Page).Distinct().ToDictionary(
            p => p,
            p => (mirrored ? (p % 2 == 1 ? oddEdge!.Value : evenEdge!.Value) : common, right));
    }

    // The commonest value (the smaller on a tie), when it accounts for at least `share` of them.
    private static double? Commonest(List<double> values, double share = 0)
    {
        var best = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        return best is not null && best.Count() >= share * values.Count ? best.Key : null;
    }

    // For each font size, the commonest distance between a line and the next line below it that
    // starts at the same edge in the same size: within paragraphs this is the leading.
    private static Dictionary<double, double> Pitches(List<TextLine> lines)
    {
        var gaps = new List<(double Size, double Gap)>();
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var ordered = page.ToList();

            // Each baseline taken once: a line is measured as the upper and as the lower of a pair.
            var baselines = new double[ordered.Count];
            for (var i = 0; i < ordered.Count; i++)
            {
                baselines[i] = Baseline(ordered[i]);
            }

            for (var i = 0; i < ordered.Count; i++)
            {
                var line = ordered[i];
                var next = NextBelow(ordered, i);
                var gap = next < 0 ? 0 : baselines[i] - baselines[next];
                if (gap >= 0.8 * line.FontSize && gap <= 2.5 * line.FontSize)
                {
                    gaps.Add((SizeKey(line.FontSize), Math.Round(gap, 1)));
                }
            }
        }

        return CommonestPerSize(gaps);
    }

    // For each size, the gap measured most often (the smallest on a tie): counted in one pass,
    // where grouping the gaps by size and each group by gap built a lookup of lists per size.
    internal static Dictionary<double, double> CommonestPerSize(List<(double Size, double Gap)> gaps)
    {
        var counts = new Dictionary<double, Dictionary<double, int>>();
        foreach (var (size, gap) in gaps)
        {
            if (!counts.TryGetValue(size, out var ofSize))
            {
                counts.Add(size, ofSize = []);
            }

            ofSize[gap] = ofSize.GetValueOrDefault(gap) + 1;
        }

        var commonest = new Dictionary<double, double>(counts.Count);
        foreach (var (size, ofSize) in counts)
        {
            var (best, most) = (0.0, 0);
            foreach (var (gap, count) in ofSize)
            {
                if (count > most || (count == most && gap.CompareTo(best) < 0))
                {
                    (best, most) = (gap, count);
                }
            }

            commonest.Add(size, best);
        }

        return commonest;
    }

    // The index of the first line after ordered[i] in a lower row that starts at its edge in its
    // size (-1 when none does): a plain loop, as this runs for every line of the document.
    private static int NextBelow(List<TextLine> ordered, int i)
    {
        var line = ordered[i];
        for (var k = i + 1; k < ordered.Count; k++)
        {
            var n = ordered[k];
            if (n.Row > line.Row && Math.Abs(n.Box.Left - line.Box.Left) <= 1 && Math.Abs(n.FontSize - line.FontSize) <= 0.25)
            {
                return k;
            }
        }

        return -1;
    }
}
