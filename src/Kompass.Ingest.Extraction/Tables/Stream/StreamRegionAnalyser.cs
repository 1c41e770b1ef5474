using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>Builds a <see cref="StreamRegion"/> from lines: columns, fragments, numeric columns, heading lines, opening lines.</summary>
internal static class StreamRegionAnalyser
{
    /// <summary>
    /// Analyses <paramref name="lines"/> (top to bottom) with tolerances scaled by <paramref name="em"/>;
    /// the columns and which of them are numeric are found from the lines, unless the lines are a
    /// part of <paramref name="whole"/>, whose columns they keep.
    /// </summary>
    public static StreamRegion Analyse(IReadOnlyList<TextLine> lines, double em, StreamTableOptions options, StreamRegion? whole = null)
    {
        var grid = whole?.Grid ?? ColumnChannelFinder.Find(lines, options.MinChannelWidth * em, options.SpanningLineShare);
        var fragments = FragmentBuilder.Build(lines, grid, options.MinChannelWidth * em);
        var byLine = Enumerable.Range(0, lines.Count).Select(_ => new List<Fragment>()).ToList();
        foreach (var fragment in fragments)
        {
            byLine[fragment.Line].Add(fragment);
        }

        var numeric = whole?.NumericColumns.ToArray() ?? NumericColumns(fragments, grid.Count, options.NumericColumnShare);
        var header = HeaderLines(lines, byLine, numeric);
        var opening = new bool[lines.Count];
        for (var i = 0; i < opening.Length; i++)
        {
            foreach (var f in byLine[i])
            {
                if (f.FirstColumn == 0 && f.Box.Left <= grid.Bands[0].Left + (options.AlignmentTolerance * em))
                {
                    opening[i] = true;
                    break;
                }
            }
        }
        return new StreamRegion(lines, grid, byLine, numeric, header, opening, em);
    }

    /// <summary>A column is numeric when, below its first number, most of its single-column fragments are numbers.</summary>
    private static bool[] NumericColumns(IReadOnlyList<Fragment> fragments, int columns, double share)
    {
        // One pass for all columns (this runs for every part a block is split into): per column,
        // from its first number on, the fragments that are no placeholders and the numbers among them.
        var seen = new bool[columns];
        var below = new int[columns];
        var numbers = new int[columns];
        foreach (var fragment in fragments)
        {
            var c = fragment.FirstColumn;
            if (fragment.IsSpanning || c < 0 || c >= columns || !(seen[c] |= fragment.IsNumber) || fragment.IsPlaceholder)
            {
                continue;
            }

            below[c]++;
            numbers[c] += fragment.IsNumber ? 1 : 0;
        }

        var result = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            result[c] = seen[c] && numbers[c] >= 2 && numbers[c] >= share * below[c];
        }

        return result;
    }

    private static bool[] HeaderLines(IReadOnlyList<TextLine> lines, IReadOnlyList<IReadOnlyList<Fragment>> byLine, bool[] numeric)
    {
        var header = new bool[lines.Count];
        var numericCount = numeric.Count(n => n);
        for (var i = 0; i < lines.Count && numericCount > 0; i++)
        {
            var labelled = 0;
            for (var c = 0; c < numeric.Length; c++)
            {
                labelled += numeric[c] && LabelsColumn(byLine[i], c) ? 1 : 0;
            }

            header[i] = !HasValuesIn(byLine[i], numeric) && labelled * 2 >= numericCount;
        }

        bool HasValues(int line) => HasValuesIn(byLine[line], numeric);

        // Whether each line is set in bold throughout, read once: the lead and every line ask.
        var bold = new bool[lines.Count];
        for (var i = 0; i < bold.Length; i++)
        {
            bold[i] = AllBold(lines[i].Words);
        }

        // The block starts with a labelling line; bold lines right below it (years under names) belong
        // to it, but not a labelled line of values ("Total 3000 3072").
        var boldLead = 0;
        if (lines.Count > 0 && bold[0] && AnyLabel(byLine[0]) && (!HasValues(0) || AnyLabelsNumericColumn(byLine[0], numeric)))
        {
            boldLead = 1;
            while (boldLead < lines.Count && bold[boldLead]
                && !(HasValues(boldLead) && byLine[boldLead].Any(f => f.FirstColumn == 0 && Labels(f))))
            {
                boldLead++;
            }

            // Values followed by another labelled heading are a bold total between two tables, not years under names.
            var values = Enumerable.Range(1, boldLead - 1).FirstOrDefault(HasValues, -1);
            if (values > 0 && Enumerable.Range(values + 1, boldLead - values - 1).Any(i => header[i] || AnyLabelsNumericColumn(byLine[i], numeric)))
            {
                boldLead = values;
            }
        }

        var someNotBold = Array.IndexOf(bold, false) >= 0;
        for (var i = 0; i < lines.Count; i++)
        {
            header[i] |= (i < boldLead && boldLead < lines.Count)
                || (someNotBold && bold[i] && AnyLabelsNumericColumn(byLine[i], numeric));
        }

        // A line that repeats the first heading word for word is a heading again (a new table).
        var first = Array.IndexOf(header, true);
        var firstText = first >= 0 ? Lines.WordList.Text(lines[first].Words) : null;
        for (var i = first + 1; first >= 0 && i < lines.Count; i++)
        {
            header[i] |= Lines.WordList.TextEquals(lines[i].Words, firstText!);
        }

        return header;
    }

    // Per line and column of every block analysed: plain loops, no closures.
    private static bool LabelsColumn(IReadOnlyList<Fragment> fragments, int column)
    {
        foreach (var f in fragments)
        {
            if (f.FirstColumn <= column && f.LastColumn >= column && Labels(f))
            {
                return true;
            }
        }

        return false;
    }

    // A fragment labels its columns when it is no number and no placeholder.
    private static bool Labels(Fragment f) => !f.IsNumber && !f.IsPlaceholder;

    private static bool AnyLabel(IReadOnlyList<Fragment> fragments)
    {
        foreach (var f in fragments)
        {
            if (Labels(f))
            {
                return true;
            }
        }

        return false;
    }

    // True when a fragment labels a numeric column it reaches into.
    private static bool AnyLabelsNumericColumn(IReadOnlyList<Fragment> fragments, bool[] numeric)
    {
        foreach (var f in fragments)
        {
            if (!Labels(f))
            {
                continue;
            }

            for (var c = f.FirstColumn; c <= f.LastColumn; c++)
            {
                if (numeric[c])
                {
                    return true;
                }
            }
        }

        return false;
    }

    // True when every word is bold (as for none).
    private static bool AllBold(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            if (!word.IsBold)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasValuesIn(IReadOnlyList<Fragment> fragments, bool[] numeric)
    {
        foreach (var f in fragments)
        {
            if (!f.IsSpanning && numeric[f.FirstColumn] && f.IsNumber)
            {
                return true;
            }
        }

        return false;
    }
}
