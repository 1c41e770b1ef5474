using System.Globalization;
using System.Text;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Pipeline.Analysis;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>An area across municipalities for people (three tables) and for spreadsheets (CSV of the ranking).</summary>
internal static class AreaOverviewText
{
    public static string Render(AreaOverview o)
    {
        var text = new StringBuilder();
        var period = (o.FromYear, o.ToYear) switch
        {
            (null, null) => "all years",
            ({ } f, { } t) when f == t => $"{f}",
            (var f, var t) => $"{f?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{t?.ToString(CultureInfo.InvariantCulture) ?? "…"}",
        };
        text.Append(CultureInfo.InvariantCulture, $"Area {o.Area}, {period}\n\nDistribution per year (scores of the municipalities evaluated that year):\n");
        text.Append(TextTable.Render(
            ["year", "revision", "kind", "n", "min", "Q1", "median", "Q3", "max", "national mean"],
            o.Years.Select(y => (IReadOnlyList<string>?)[Int(y.Year), y.FrameworkVersion ?? "?", y.Kind, Int(y.Count), Number(y.Min), Number(y.Q1), Number(y.Median), Number(y.Q3), Number(y.Max), Number(y.NationalMean)]).ToList()));

        text.Append("\nRanking (each municipality's latest evaluation in the period, per revision and kind):\n");
        text.Append(TextTable.Render(
            ["rank", "municipality", "year", "revision", "kind", "score", "national mean", "open flags", "document"],
            o.Ranking.Select(r => (IReadOnlyList<string>?)[Int(r.Rank), r.Municipality, Int(r.Year), r.FrameworkVersion ?? "?", r.Kind, Number(r.Score), Number(r.NationalMean), string.Join(", ", r.Flags.Select(f => f.Code)), r.DocumentSha[..10]]).ToList()));

        text.Append("\nMost improved between consecutive evaluations (rises only, same revision):\n");
        text.Append(TextTable.Render(
            ["municipality", "from", "to", "revision", "before", "after", "change"],
            o.MostImproved.Select(i => (IReadOnlyList<string>?)[i.Municipality, Int(i.FromYear), Int(i.ToYear), i.FrameworkVersion ?? "?", Number(i.From), Number(i.To), Signed(i.Change)]).ToList()));
        if (o.ComparisonsAcrossRevisionsLeftOut > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.ComparisonsAcrossRevisionsLeftOut} pairs of evaluations cross a framework revision and are not compared.\n");
        }

        return text.ToString();
    }

    public static string Csv(AreaOverview o)
        => CsvText.Write(
            ["area", "rank", "municipality", "code", "year", "frameworkVersion", "kind", "score", "nationalMean", "documentSha", "page", "openFlags"],
            o.Ranking.Select(r => new[]
            {
                Int(o.Area), Int(r.Rank), r.Municipality, r.Code, Int(r.Year), r.FrameworkVersion ?? string.Empty, r.Kind, Number(r.Score), Number(r.NationalMean), r.DocumentSha,
                r.Page is { } p ? Int(p) : string.Empty, string.Join("; ", r.Flags.Select(f => f.Code)),
            }));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Number(value);
}
