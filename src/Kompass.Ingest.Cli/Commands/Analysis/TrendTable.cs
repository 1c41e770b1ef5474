using System.Globalization;
using System.Text;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Pipeline.Analysis;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// A municipality's trend for people: one row per evaluation, each number with its change in
/// brackets and the national mean under the total; a number an open flag touches is marked with
/// a letter that the list below the table explains; a revision change is a rule across the table.
/// </summary>
internal static class TrendTable
{
    public static string Render(MunicipalityTrend trend)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{trend.Municipality.Name} ({trend.Municipality.Code})\n\n");
        if (trend.Evaluations.Count == 0)
        {
            return text.Append("No scored evaluation of this municipality in the store.\n").ToString();
        }

        var notes = new List<string>();
        var rows = new List<IReadOnlyList<string>?>();
        foreach (var e in trend.Evaluations)
        {
            if (trend.RevisionChanges.FirstOrDefault(c => c.ToYear == e.Year) is { } change)
            {
                rows.Add(null);
                notes.Add($"{change.FromYear} → {change.ToYear}: the framework changes from {change.From} to {change.To}; areas are not comparable across it (`--format json` gives the crosswalk).");
            }

            var cells = new List<string>
            {
                e.Year.ToString(CultureInfo.InvariantCulture),
                e.FrameworkVersion ?? "?",
                e.DocumentType.Replace("kommunkompassen-", string.Empty, StringComparison.Ordinal),
                Cell(e.Total, e.TotalChange, e.Flags, notes, e.Year, "total") + " / " + Number(e.NationalMeanTotal),
            };
            cells.AddRange(Enumerable.Range(1, 8).Select(n => e.Areas.FirstOrDefault(a => a.Number == n) is { } a
                ? Cell(a.Score, a.Change, a.Flags, notes, e.Year, $"area {n}") + " / " + Number(a.NationalMean)
                : "-"));
            cells.Add(e.DocumentSha[..10]);
            rows.Add(cells);
        }

        text.Append(TextTable.Render(["year", "rev.", "type", "total / nat.", "1", "2", "3", "4", "5", "6", "7", "8", "document"], rows));
        text.Append("\nEach cell: score (change since the previous evaluation) / national mean printed at the time.\n");
        foreach (var note in notes)
        {
            text.Append(note).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(decimal? score, decimal? change, IReadOnlyList<TrendFlag> flags, List<string> notes, int year, string what)
    {
        var cell = Number(score) + (change is { } c ? $" ({(c > 0 ? "+" : string.Empty)}{Number(c)})" : string.Empty);
        if (flags.Count == 0)
        {
            return cell;
        }

        var mark = $"[{notes.Count + 1}]";
        notes.Add($"{mark} {year} {what}: " + string.Join("; ", flags.Select(f => $"{f.Severity} {f.Code}: {f.Message}")));
        return cell + mark;
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";
}
