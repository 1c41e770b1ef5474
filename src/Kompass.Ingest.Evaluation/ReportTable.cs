namespace Kompass.Ingest.Evaluation;

/// <summary>One table of the text report: its title, column headers (after "family"), cells per scope and a legend.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, Func<EvaluationCounts, IEnumerable<string>> Cells, string? Legend);
