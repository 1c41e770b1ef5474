using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// Reads a file of hand-labelled items (<c>corpus/real-items/*.tsv</c>): one item a line, five
/// tab-separated columns (revision, area 1–8, <c>strength</c> or <c>improvement</c>, theme or
/// empty, text); lines starting with <c>#</c> and blank lines are comments. The whole file is
/// refused with the first bad line's number and reason, because a half-read test set would
/// report a figure over items nobody chose. Pure and thread-safe.
/// </summary>
public static class LabelledItemsParser
{
    private const int Columns = 5;

    /// <summary>The items of <paramref name="text"/>, or null with <paramref name="error"/> saying which line is wrong and why.</summary>
    public static IReadOnlyList<LabelledItem>? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<LabelledItem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var item = Item(line.Split('\t'), out error);
            if (item is null)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: {error}");
                return null;
            }

            items.Add(item);
        }

        error = null;
        return items;
    }

    private static LabelledItem? Item(string[] cells, out string? error)
    {
        error = cells.Length != Columns ? $"{cells.Length} tab-separated columns, expected {Columns} (revision, area, list, theme, text)"
            : !FrameworkRevisionNames.TryParse(cells[0], out _) ? $"revision \"{cells[0]}\" is not 2002, 2010 or 2020"
            : !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var area) || area is < 1 or > 8 ? $"area \"{cells[1]}\" is not a number from 1 to 8"
            : cells[2] is not ("strength" or "improvement") ? $"list \"{cells[2]}\" is not strength or improvement"
            : cells[4].Trim().Length == 0 ? "the text is empty"
            : null;
        if (error is not null)
        {
            return null;
        }

        FrameworkRevisionNames.TryParse(cells[0], out var revision);
        var theme = cells[3].Trim();
        return new LabelledItem(revision, int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2] == "strength", theme.Length == 0 ? null : theme, cells[4].Trim());
    }
}
