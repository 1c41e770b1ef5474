using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline.Analysis;
using ScottPlot;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// Pictures of a municipality's trend (ScottPlot), as PNG or SVG by the file's extension: the
/// total over the years against the national mean, with a break and a marked line where the
/// framework revision changes (a line is never drawn across it); and the report's own spider
/// chart, eight axes, the municipality against the national mean.
/// </summary>
internal static class TrendCharts
{
    private const int Width = 900;
    private const int Height = 520;

    public static void SaveTrend(MunicipalityTrend trend, string path)
    {
        var plot = new Plot();
        plot.Title($"{trend.Municipality.Name}: total score per evaluation");
        plot.YLabel("total (0–800)");
        var first = true;
        foreach (var segment in Segments(trend))
        {
            var years = segment.Select(e => (double)e.Year).ToArray();
            var own = plot.Add.Scatter(years, segment.Select(e => (double)(e.Total ?? 0)).ToArray(), Colors.Navy);
            var mean = plot.Add.Scatter(years, segment.Select(e => (double)(e.NationalMeanTotal ?? 0)).ToArray(), Colors.Gray);
            mean.LinePattern = LinePattern.Dashed;
            if (first)
            {
                own.LegendText = trend.Municipality.Name;
                mean.LegendText = "national mean";
                first = false;
            }
        }

        foreach (var change in trend.RevisionChanges)
        {
            var line = plot.Add.VerticalLine((change.FromYear + change.ToYear) / 2.0, 1, Colors.DarkRed);
            line.LinePattern = LinePattern.Dotted;
            line.LabelText = $"revision {change.From} → {change.To}";
        }

        plot.Axes.SetLimitsY(0, 800);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = year => year.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.ShowLegend(Alignment.LowerRight);
        Save(plot, path);
    }

    public static void SaveSpider(MunicipalityTrend trend, int? year, string path)
    {
        var evaluation = (year is { } y ? trend.Evaluations.LastOrDefault(e => e.Year == y) : trend.Evaluations.LastOrDefault())
            ?? throw new UserActionableException(year is null ? "no scored evaluation to draw" : $"{trend.Municipality.Name} has no scored evaluation in {year}");
        var areas = Enumerable.Range(1, 8).Select(n => evaluation.Areas.FirstOrDefault(a => a.Number == n)).ToList();
        var plot = new Plot();
        plot.Title($"{trend.Municipality.Name} {evaluation.Year} ({evaluation.FrameworkVersion ?? "?"} revision)");
        var radar = plot.Add.Radar(new[]
        {
            areas.Select(a => (double)(a?.Score ?? 0)).ToArray(),
            areas.Select(a => (double)(a?.NationalMean ?? 0)).ToArray(),
        });
        radar.Series[0].LegendText = trend.Municipality.Name;
        radar.Series[1].LegendText = "national mean";
        radar.PolarAxis.SetSpokes(areas.Select((a, i) => $"{i + 1}. {a?.Name ?? string.Empty}").ToArray(), 110);
        radar.PolarAxis.SetCircles(100, 5);
        plot.ShowLegend(Alignment.LowerRight);
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        Save(plot, path);
    }

    // The evaluations cut where the revision changes: one unbroken line per revision.
    private static IEnumerable<List<TrendEvaluation>> Segments(MunicipalityTrend trend)
    {
        var current = new List<TrendEvaluation>();
        foreach (var e in trend.Evaluations.Where(e => e.Total is not null))
        {
            if (current.Count > 0 && current[^1].FrameworkVersion != e.FrameworkVersion)
            {
                yield return current;
                current = [];
            }

            current.Add(e);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void Save(Plot plot, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not ".png" and not ".svg")
        {
            throw new UserActionableException($"cannot draw '{path}': a chart is a .png or .svg file");
        }

        try
        {
            plot.Save(path, Width, Height);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot write the chart '{path}': {e.Message}");
        }
    }
}
