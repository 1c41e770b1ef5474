using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Finds candidate area headings: lines set apart as headings (bold, or larger than the body) that
/// read "Område N name" (with ":", ".", "–" or nothing after the number, in any case, the name
/// possibly on the next line), or "N. name" where the name is a catalog area name and no bare
/// number shares the row (which would make it a table row); a number printed apart from the name
/// on the same row counts as printed before it. In the looser modes (see <see cref="HeadingMode"/>)
/// "Område N" headings in any style, or headings that are exactly an area's name, are read too.
/// Contents entries (dot leaders) are passed over. Whether a candidate really opens a section is
/// decided by what follows it. Pure.
/// </summary>
internal sealed partial class AreaHeadingFinder(AreaNameMatcher matcher, SectionLabels labels, AreaSectionOptions options)
{
    /// <summary>The candidates in reading order; <paramref name="revision"/> numbers name-only headings.</summary>
    public List<AreaHeading> Find(BodyText body, HeadingMode mode = HeadingMode.Styled, FrameworkRevision? revision = null)
    {
        var found = new List<AreaHeading>();
        var lines = body.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if ((mode != HeadingMode.AnyStyle && !IsHeadingStyled(line, body)) || Leaders().IsMatch(line.Text))
            {
                continue;
            }

            var heading = new List<TextLine> { line };
            var last = i;

            // A number printed apart from the name on the same row ("3 | Politisk styrning …").
            var beside = SameRowRight(lines, i);
            var (number, name) = mode == HeadingMode.NameOnly ? ReadName(lines, i, revision) : Read(lines, i, line.Text);
            if (number == 0 && mode != HeadingMode.NameOnly && beside is { } right && LoneNumber().IsMatch(line.Text.Trim()))
            {
                (number, name) = Read(lines, i, line.Text + " " + right.Line.Text);
                if (number != 0)
                {
                    heading.Add(right.Line);
                    last = right.Index;
                }
            }

            if (number == 0 || (mode == HeadingMode.AnyStyle && !Named().IsMatch(line.Text.Trim())))
            {
                continue;
            }

            if (name.Length == 0 && beside is { } besideName && CharCounts.HasLetter(besideName.Line.Text) && labels.KindOf(besideName.Line) is null)
            {
                heading.Add(besideName.Line);
                last = besideName.Index;
                name = besideName.Line.Text;
            }
            else if (name.Length == 0 && NextBelow(lines, last) is { } nameLine && CharCounts.HasLetter(nameLine.Line.Text)
                && labels.KindOf(nameLine.Line) is null && (mode == HeadingMode.AnyStyle || IsHeadingStyled(nameLine.Line, body)))
            {
                heading.Add(nameLine.Line);
                last = nameLine.Index;
                name = nameLine.Line.Text;
            }

            while (NextBelow(lines, last) is { } wrap && IsWrap(heading[^1], wrap.Line) && labels.KindOf(wrap.Line) is null && Read(lines, wrap.Index, wrap.Line.Text).Number == 0)
            {
                heading.Add(wrap.Line);
                last = wrap.Index;
                name += " " + wrap.Line.Text;
            }

            if (name.Trim().Length == 0)
            {
                continue;
            }

            found.Add(new AreaHeading(number, WhiteSpace.Collapse(name).Trim(), heading, i, last, heading.Max(l => l.FontSize)));
            i = last;
        }

        return found;
    }

    /// <summary>True when <paramref name="line"/> is set apart as a heading: bold, or larger than the body text.</summary>
    public bool IsHeadingStyled(TextLine line, BodyText body)
        => line.IsBold || line.FontSize >= body.BodySize * options.HeadingSizeRatio;

    // The heading `printed` (the text of line i, or more) as "Område N name" or "N. name".
    private (int Number, string Name) Read(IReadOnlyList<TextLine> lines, int i, string printed)
    {
        var text = WhiteSpace.Collapse(printed).Trim();
        var named = Named().Match(text);
        if (named.Success && options.HeadingWords.Any(w => string.Equals(w, named.Groups["word"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            return (named.Groups["n"].Value[0] - '0', named.Groups["name"].Value.Trim());
        }

        var numbered = Numbered().Match(text);
        if (!numbered.Success || SharesRowWithBareNumbers(lines, i) || matcher.Match(numbered.Groups["name"].Value) is null)
        {
            return (0, string.Empty);
        }

        return (numbered.Groups["n"].Value[0] - '0', numbered.Groups["name"].Value.Trim());
    }

    // A heading that is only an area's name, alone on its row: numbered by the catalog.
    private (int Number, string Name) ReadName(IReadOnlyList<TextLine> lines, int i, FrameworkRevision? revision)
    {
        var line = lines[i];
        var text = WhiteSpace.Collapse(line.Text).Trim();
        var alone = !SharesRowWithBareNumbers(lines, i);
        return alone && labels.KindOf(line) is null && matcher.Match(text, revision) is { Similarity: >= 0.999 } match ? (match.Number, text) : (0, string.Empty);
    }

    // True when another line on the row of line i is only bare numbers (a table row: "3 Styrning 71 55").
    // The body runs page by page, so only the lines of line i's page, around it, are looked at.
    internal static bool SharesRowWithBareNumbers(IReadOnlyList<TextLine> lines, int i)
    {
        var line = lines[i];
        var first = i;
        while (first > 0 && lines[first - 1].Page == line.Page)
        {
            first--;
        }

        for (var j = first; j < lines.Count && lines[j].Page == line.Page; j++)
        {
            var other = lines[j];
            if (other.Row == line.Row && !ReferenceEquals(other, line) && other.Words.All(w => Bare().IsMatch(w.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // The next line on the same row, right of line i, if any.
    private static (TextLine Line, int Index)? SameRowRight(IReadOnlyList<TextLine> lines, int i)
        => i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && lines[i + 1].Row == lines[i].Row ? (lines[i + 1], i + 1) : null;

    // The first line after index i (in reading order) on a later row of the same page.
    private static (TextLine Line, int Index)? NextBelow(IReadOnlyList<TextLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && lines[j].Page == lines[i].Page; j++)
        {
            if (lines[j].Row > lines[i].Row)
            {
                return lines[j].Box.Top >= lines[i].Box.Bottom - (2.5 * Math.Max(lines[i].FontSize, lines[j].FontSize)) ? (lines[j], j) : null;
            }
        }

        return null;
    }

    // A heading wrapped onto the next line: same size and weight, right below.
    private static bool IsWrap(TextLine line, TextLine next)
        => next.IsBold == line.IsBold
           && Math.Abs(next.FontSize - line.FontSize) <= 0.05 * line.FontSize
           && BodyText.Baseline(line) - BodyText.Baseline(next) <= 1.6 * line.FontSize
           && next.Box.Left <= line.Box.Right;

    [GeneratedRegex(@"^(?<word>\p{L}+)\s*(?<n>[1-8])(?!\d)\s*[.:\u2013\u2014-]?\s*(?<name>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"^(?<n>[1-8])(?![\d,.]\d)\s*[.,):]?\s+(?<name>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:\d{1,4}(?:[,.]\d{1,2})?%?|[-\u2013])$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?:\.\s?){4,}|\u2026{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Leaders();

    [GeneratedRegex(@"^[1-8][.):]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumber();
}
