using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Renders an <see cref="EvaluationReport"/> for people (fixed-width tables, families as rows,
/// one table per metric group so that a dozen families stay readable in 100 columns) or for
/// scripts (JSON, figures as 0–1 fractions, null where there is no denominator).
/// The last line of the text is always the summary figure.
/// </summary>
public static class EvaluationReportFormatter
{
    private const int LineWidth = 100;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The text report; <paramref name="verbose"/> adds every document's differences and false flags.</summary>
    public static string FormatText(EvaluationReport report, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(report);
        var overall = report.Overall.Counts;
        var text = new StringBuilder();
        text.Append("kompass eval: ").Append(Figures.Count(overall.Documents)).Append(" truths, ")
            .Append(Figures.Count(overall.Scored)).Append(" scored, ")
            .Append(Figures.Count(overall.Missing)).Append(" missing, ")
            .Append(Figures.Count(report.UnexpectedDocuments.Count)).Append(" unexpected, ")
            .Append(Figures.Count(report.DuplicateTruths.Count)).Append(" duplicate truths\n\n");

        foreach (var table in ReportTables.All)
        {
            text.Append(table.Title).Append('\n');
            text.Append(TextTable.Render(table.Headers, Rows(report, table.Cells)));
            if (table.Legend is not null)
            {
                text.Append(table.Legend).Append('\n');
            }

            text.Append('\n');
        }

        if (verbose)
        {
            AppendDetails(text, report);
        }

        AppendWrapped(text, SummaryFigure.Definition);
        text.Append("summary: ").Append(Figures.Percent(report.Summary)).Append('\n');
        return text.ToString();
    }

    /// <summary>The JSON report: every scope with its counts and summary terms, every document, the leftovers.</summary>
    public static string FormatJson(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shape = new
        {
            summary = report.Summary,
            summaryDefinition = SummaryFigure.Definition,
            overall = Scope(report.Overall),
            families = report.Families.Select(Scope).ToList(),
            documents = report.Documents,
            unexpectedDocuments = report.UnexpectedDocuments,
            duplicateTruths = report.DuplicateTruths,
        };
        return JsonSerializer.Serialize(shape, JsonOptions) + "\n";
    }

    private static object Scope(ScopeEvaluation scope)
        => new { name = scope.Name, summary = scope.Summary, summaryTerms = scope.SummaryTerms, counts = scope.Counts };

    private static List<IReadOnlyList<string>?> Rows(EvaluationReport report, Func<EvaluationCounts, IEnumerable<string>> cells)
    {
        // The null row is the rule that sets "overall" off from the families.
        var rows = report.Families.Select(f => (IReadOnlyList<string>?)Row(f, cells)).ToList();
        rows.Add(null);
        rows.Add(Row(report.Overall, cells));
        return rows;
    }

    private static IReadOnlyList<string> Row(ScopeEvaluation scope, Func<EvaluationCounts, IEnumerable<string>> cells)
        => cells(scope.Counts).Prepend(scope.Name).ToList();

    private static void AppendDetails(StringBuilder text, EvaluationReport report)
    {
        var documents = report.Documents.Where(d => d.Differences.Count > 0).ToList();
        text.Append("Documents with differences (").Append(Figures.Count(documents.Count)).Append(")\n");
        foreach (var document in documents)
        {
            text.Append("  ").Append(document.Path).Append(" [").Append(document.Family).Append("]\n");
            foreach (var difference in document.Differences)
            {
                text.Append("    ").Append(difference).Append('\n');
            }
        }

        AppendList(text, "Unexpected documents (exported, no truth)", report.UnexpectedDocuments);
        AppendList(text, "Duplicate truths (same SHA-256 as a scored truth, not scored)", report.DuplicateTruths);
        text.Append('\n');
    }

    private static void AppendWrapped(StringBuilder text, string paragraph)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineWidth)
            {
                text.Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        text.Append(line).Append('\n');
    }

    private static void AppendList(StringBuilder text, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(title).Append(" (").Append(Figures.Count(items.Count)).Append(")\n");
        foreach (var item in items)
        {
            text.Append("  ").Append(item).Append('\n');
        }
    }
}
