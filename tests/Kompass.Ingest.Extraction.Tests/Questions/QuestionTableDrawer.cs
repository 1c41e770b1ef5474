using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>
/// Prints a question table onto a page in one of many styles (<see cref="TableDrawing"/>): ids inline
/// or in their own column, numbers top-aligned, centred or on the last line, percent attached,
/// spaced, in a column of its own or absent, ruled or not, numbers written before the text.
/// </summary>
internal static class QuestionTableDrawer
{
    public const double Left = 57;
    private const double SeparateTextX = 85;
    private const double Ascent = PageBuilder.AscentEm;

    /// <summary>Draws the table with its first baseline at <paramref name="top"/>; returns the lowest baseline used.</summary>
    public static double Draw(PageBuilder page, double top, string? heading, IReadOnlyList<QuestionSpec> rows, string[]? total, TableDrawing d)
    {
        var numbers = new List<Action>();
        var texts = new List<Action>();
        var blocks = new List<(double First, double Last)>();
        var baseline = top;
        if (d.Header)
        {
            var labelBaseline = baseline;
            texts.Add(() => page.Text(heading ?? string.Empty, Left, labelBaseline, d.Size, bold: true));
            var labels = d.Percent == PercentStyle.None ? d.Labels.Take(2).ToArray() : d.Labels;
            for (var k = 0; k < labels.Length; k++)
            {
                var (label, right) = (labels[k], d.NumberRights[k]);
                texts.Add(() => page.Text(label, right - PageBuilder.WidthOf(label, d.Size), labelBaseline, d.Size, bold: true));
            }

            blocks.Add((baseline, baseline));
            baseline -= d.Pitch + d.RowGap;
        }

        foreach (var row in rows)
        {
            var first = baseline;
            var last = baseline - ((row.Lines.Length - 1) * d.Pitch);
            var numberBaseline = d.Numbers switch
            {
                NumberPlacement.Centre => (first + last) / 2,
                NumberPlacement.Bottom => last,
                _ => first,
            };
            var textX = d.IdColumn ? SeparateTextX : Left;
            if (d.IdColumn)
            {
                var idBaseline = d.Numbers == NumberPlacement.Centre ? numberBaseline : first;
                texts.Add(() => page.Text(row.Id, Left, idBaseline, d.Size));
            }

            for (var k = 0; k < row.Lines.Length; k++)
            {
                var line = !d.IdColumn && k == 0 ? row.Id + " " + row.Lines[k] : row.Lines[k];
                var at = first - (k * d.Pitch);
                texts.Add(() => page.Text(line, textX, at, d.Size));
            }

            numbers.Add(() => Values(page, [row.Score, row.Max, row.Percent], numberBaseline, d, bold: false));
            blocks.Add((first, last));
            baseline = last - d.Pitch - d.RowGap;
        }

        if (total is not null)
        {
            var at = baseline;
            if (d.TotalLabel is { } label)
            {
                texts.Add(() => page.Text(label, d.IdColumn ? SeparateTextX : Left, at, d.Size, bold: true));
            }

            numbers.Add(() => Values(page, total, at, d, bold: true));
            blocks.Add((at, at));
        }

        foreach (var write in d.NumbersFirst ? numbers.Concat(texts) : texts.Concat(numbers))
        {
            write();
        }

        if (d.Ruled)
        {
            Rules(page, blocks, d);
        }

        return blocks[^1].Last;
    }

    private static void Values(PageBuilder page, string?[] values, double baseline, TableDrawing d, bool bold)
    {
        for (var k = 0; k < values.Length && k < d.NumberRights.Length; k++)
        {
            if (values[k] is not { } value || (k == 2 && d.Percent == PercentStyle.None))
            {
                continue;
            }

            var right = d.NumberRights[k];
            if (k == 2)
            {
                var digits = value.TrimEnd('%', ' ');
                (value, right) = d.Percent switch
                {
                    PercentStyle.Spaced => (digits + " %", right),
                    PercentStyle.Column => (digits, right - (2 * d.Size)),
                    _ => (digits + "%", right),
                };
                if (d.Percent == PercentStyle.Column)
                {
                    page.Text("%", d.NumberRights[k] - PageBuilder.WidthOf("%", d.Size), baseline, d.Size, bold);
                }
            }

            page.Text(value, right - PageBuilder.WidthOf(value, d.Size), baseline, d.Size, bold);
        }
    }

    /// <summary>A full grid: a line above every block, one below the last, and the column borders.</summary>
    private static void Rules(PageBuilder page, List<(double First, double Last)> blocks, TableDrawing d)
    {
        var ys = new List<double> { blocks[0].First + (Ascent * d.Size) + 3 };
        for (var k = 1; k < blocks.Count; k++)
        {
            ys.Add((blocks[k - 1].Last + blocks[k].First + (Ascent * d.Size)) / 2);
        }

        ys.Add(blocks[^1].Last - 4);
        var xs = new List<double> { Left - 4, d.NumberRights[0] - (6 * d.Size) }
            .Concat(d.NumberRights.Take(d.Percent == PercentStyle.None ? 2 : 3).Select(r => r + 5))
            .ToList();
        foreach (var y in ys)
        {
            page.Rule(xs[0], y, xs[^1], y);
        }

        foreach (var x in xs)
        {
            page.Rule(x, ys[^1], x, ys[0]);
        }
    }
}
