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
        var opening = byLine
            .Select(fs => fs.Any(f => f.FirstColumn == 0 && f.Box.Left <= grid.Bands[0].Left + (options.AlignmentTolerance * em)))
            .ToList();
        return new StreamRegion(lines, grid, byLine.Select(l => (IReadOnlyList<Fragment>)l).ToList(), numeric, header, opening, em);
    }

    /// <summary>A column is numeric when, below its first number, most of its single-column fragments are numbers.</summary>
    private static bool[] NumericColumns(IReadOnlyList<Fragment> fragments, int columns, double share)
    {
        var result = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            var column = fragments.Where(f => !f.IsSpanning && f.FirstColumn == c).ToList();
            var first = column.FindIndex(f => f.IsNumber);
            if (first < 0)
            {
                continue;
            }

            var below = column.Skip(first).Where(f => !f.IsPlaceholder).ToList();
            var numbers = below.Count(f => f.IsNumber);
            result[c] = numbers >= 2 && numbers >= share * below.Count;
        }

        return result;
    }

    /// <summary>
    /// A heading line puts words but no value into at least half of the numeric columns
    /// ("Uppnått Max Procent"). A leading block of all-bold lines above lines that are not bold is a
    /// heading too when its first line has no values or labels at least one numeric column
    /// ("Indicator 2015 2016 Change", or "Ronneby Ronneby" above "2014 2018", in bold above the
    /// figures); a bold "Total 3000 3072" is a total, not a heading.
    /// Further down, a bold line that labels a numeric column, or a line repeating the first heading,
    /// is a heading again (a new table).
    /// </summary>
    private static bool[] HeaderLines(IReadOnlyList<TextLine> lines, IReadOnlyList<IReadOnlyList<Fragment>> byLine, bool[] numeric)
    {
        var header = new bool[lines.Count];
        var numericCount = numeric.Count(n => n);
        for (var i = 0; i < lines.Count && numericCount > 0; i++)
        {
            var labelled = Enumerable.Range(0, numeric.Length).Count(c => numeric[c]
                && byLine[i].Any(f => f.FirstColumn <= c && f.LastColumn >= c && !f.IsNumber && !f.IsPlaceholder));
            var valued = byLine[i].Any(f => !f.IsSpanning && numeric[f.FirstColumn] && f.IsNumber);
            header[i] = !valued && labelled * 2 >= numericCount;
        }

        bool Labels(Fragment f) => !f.IsNumber && !f.IsPlaceholder;
        bool LabelsNumericColumn(Fragment f) => Labels(f) && Enumerable.Range(f.FirstColumn, f.LastColumn - f.FirstColumn + 1).Any(c => numeric[c]);
        bool HasValues(int line) => byLine[line].Any(f => !f.IsSpanning && numeric[f.FirstColumn] && f.IsNumber);

        // The block starts with a labelling line; bold lines right below it (years under names) belong
        // to it, but not a labelled line of values ("Total 3000 3072").
        var boldLead = 0;
        if (lines.Count > 0 && lines[0].Words.All(w => w.IsBold) && byLine[0].Any(Labels) && (!HasValues(0) || byLine[0].Any(LabelsNumericColumn)))
        {
            boldLead = 1;
            while (boldLead < lines.Count && lines[boldLead].Words.All(w => w.IsBold)
                && !(HasValues(boldLead) && byLine[boldLead].Any(f => f.FirstColumn == 0 && Labels(f))))
            {
                boldLead++;
            }

            // Values followed by another labelled heading are a bold total between two tables, not years under names.
            var values = Enumerable.Range(1, boldLead - 1).FirstOrDefault(HasValues, -1);
            if (values > 0 && Enumerable.Range(values + 1, boldLead - values - 1).Any(i => header[i] || byLine[i].Any(LabelsNumericColumn)))
            {
                boldLead = values;
            }
        }

        var someNotBold = lines.Any(l => !l.Words.All(w => w.IsBold));
        for (var i = 0; i < lines.Count; i++)
        {
            header[i] |= (i < boldLead && boldLead < lines.Count)
                || (someNotBold && lines[i].Words.All(w => w.IsBold) && byLine[i].Any(LabelsNumericColumn));
        }

        // A line that repeats the first heading word for word is a heading again (a new table).
        var first = Array.IndexOf(header, true);
        var firstText = first >= 0 ? Text(lines[first]) : null;
        for (var i = first + 1; first >= 0 && i < lines.Count; i++)
        {
            header[i] |= Text(lines[i]) == firstText;
        }

        return header;
    }

    private static string Text(TextLine line) => string.Join(' ', line.Words.Select(w => w.Text));
}
