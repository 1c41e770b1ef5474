using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Writes the summary table of area scores ("Tabell 1", "Poängsammanställning"): one row per
/// printed area with its summary name, earlier evaluations, this evaluation and the national mean,
/// then the total row. Records each area's score page. Prints nothing when no area has a summary score.
/// </summary>
public static class SummaryTableWriter
{
    /// <summary>True when the report has a summary table at all.</summary>
    public static bool HasSummary(PrintedReport report) => Guard.NotNull(report).Areas.Any(a => a.SummaryScore is not null);

    /// <summary>True when the summary table prints a national mean column.</summary>
    public static bool HasMeans(PrintedReport report) => report.Areas.Any(a => a.NationalMean is not null) || report.NationalMeanTotal is not null;

    /// <summary>Writes the table at the cursor; returns false (and writes nothing) when there is no summary.</summary>
    public static bool Write(FlowWriter flow, LayoutPass pass, PrintedReport report, SummaryTableOptions options, double indent = 0)
    {
        Guard.NotNull(flow);
        Guard.NotNull(pass);
        Guard.NotNull(options);
        if (!HasSummary(report))
        {
            return false;
        }

        var previous = options.PreviousColumns ? report.PreviousEvaluations : [];
        var means = HasMeans(report);
        var columns = new List<TableColumn> { new(options.NameHeader, 0) };
        columns.AddRange(previous.Select(p => new TableColumn(ReportProse.OwnColumn(report, p.Year), options.NumberWidth, Numeric: true)));
        columns.Add(new TableColumn(options.OwnHeader ?? ReportProse.OwnColumn(report, report.Year), options.NumberWidth, Numeric: true));
        if (options.MaxColumn)
        {
            columns.Add(new TableColumn("Max", options.NumberWidth * 0.7, Numeric: true));
        }

        if (means)
        {
            columns.Add(new TableColumn(options.MeanHeader, options.NumberWidth + 10, Numeric: true));
        }

        var table = new TableWriter(flow, options.Style, columns, indent);
        table.Header();
        var rows = report.Areas.Select(area => AreaRow(area, previous, options, means)).ToList();
        var pages = table.Rows(rows, options.Order);
        for (var i = 0; i < report.Areas.Count; i++)
        {
            if (report.Areas[i].SummaryScore is not null)
            {
                pass.Map.SummaryScore(report.Areas[i].Number, pages[i]);
            }
        }

        if (report.Total is not null || report.NationalMeanTotal is not null)
        {
            var cells = new List<string> { options.TotalLabel };
            cells.AddRange(previous.Select(p => SwedishFormat.Score(p.Total)));
            cells.Add(Score(report.Total));
            if (options.MaxColumn)
            {
                cells.Add(SwedishFormat.Score(100m * report.Areas.Count));
            }

            if (means)
            {
                cells.Add(Score(report.NationalMeanTotal));
            }

            table.Row(new TableRow(cells, Bold: true));
        }

        table.Finish();
        return true;
    }

    private static TableRow AreaRow(PrintedArea area, IReadOnlyList<PreviousEvaluation> previous, SummaryTableOptions options, bool means)
    {
        var cells = new List<string> { options.NumberPrefix ? $"{area.Number}. {area.SummaryName}" : area.SummaryName };
        cells.AddRange(previous.Select(p => p.AreaScores.Count >= area.Number ? SwedishFormat.Score(p.AreaScores[area.Number - 1]) : string.Empty));
        cells.Add(Score(area.SummaryScore));
        if (options.MaxColumn)
        {
            cells.Add("100");
        }

        if (means)
        {
            cells.Add(Score(area.NationalMean));
        }

        return new TableRow(cells);
    }

    private static string Score(decimal? value) => value is { } v ? SwedishFormat.Score(v) : string.Empty;
}
