using System.Text;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// A fixed-width table: first column left-aligned, the others right-aligned, two spaces between
/// columns; rows after a null entry are set off by a rule (used for the "overall" row).
/// </summary>
public static class TextTable
{
    private const string Gap = "  ";

    /// <summary>Renders <paramref name="rows"/> under <paramref name="headers"/>; a null row draws a rule.</summary>
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>?> rows)
        => Render(headers, rows, rightAlignNumbers: true);

    /// <summary>As <see cref="Render(IReadOnlyList{string}, IReadOnlyList{IReadOnlyList{string}?})"/>, every column left-aligned: for tables of text, such as the review queue.</summary>
    public static string RenderText(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>?> rows)
        => Render(headers, rows, rightAlignNumbers: false);

    private static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>?> rows, bool rightAlignNumbers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = headers.Select((h, i) => rows.Where(r => r is not null).Select(r => r![i].Length).Append(h.Length).Max()).ToList();
        var ruleWidth = widths.Sum() + (Gap.Length * (widths.Count - 1));

        var text = new StringBuilder();
        AppendRow(text, headers, widths, rightAlignNumbers);
        foreach (var row in rows)
        {
            if (row is null)
            {
                text.Append('-', ruleWidth).Append('\n');
            }
            else
            {
                AppendRow(text, row, widths, rightAlignNumbers);
            }
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, List<int> widths, bool rightAlignNumbers)
    {
        var line = string.Join(Gap, cells.Select((cell, i) => i == 0 || !rightAlignNumbers ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])));
        text.Append(line.TrimEnd()).Append('\n');
    }
}
