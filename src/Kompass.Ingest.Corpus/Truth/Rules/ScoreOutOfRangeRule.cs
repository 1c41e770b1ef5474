using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary><c>score-out-of-range</c>: a score negative or above its max, a percent above 100, an area score above 100.</summary>
public sealed class ScoreOutOfRangeRule : IReportRule
{
    /// <summary>The most an area can score.</summary>
    public const decimal AreaMax = 100;

    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var area in report.Areas)
        {
            foreach (var row in area.Questions)
            {
                if (row.Score < 0 || row.Score > row.Max)
                {
                    yield return Flag(area.Number, row.Id, $"row {row.Id}: score {row.Score} outside 0–{row.Max}");
                }
                else if (row.Percent is < 0 or > 100)
                {
                    yield return Flag(area.Number, row.Id, $"row {row.Id}: percent {row.Percent} outside 0–100");
                }
            }

            var outside = new[] { area.SummaryScore, area.SectionScore, area.TableTotal }.FirstOrDefault(s => s is < 0 or > AreaMax);
            if (outside is { } score)
            {
                yield return Flag(area.Number, null, $"area {area.Number}: score {score} outside 0–100");
            }
        }
    }

    private static TruthFlag Flag(int area, string? question, FormattableString message)
        => new(FlagCodes.ScoreOutOfRange, FlagSeverity.Error, area, question, message.ToString(CultureInfo.InvariantCulture));
}
