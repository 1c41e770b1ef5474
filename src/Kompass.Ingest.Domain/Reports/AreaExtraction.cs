using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// Everything read about one of the eight areas, from every place the report prints it: the
/// summary table, the area's own section and its question table. Keeping the three scores apart
/// lets validation compare them; the export picks the summary score first.
/// </summary>
public sealed record AreaExtraction
{
    /// <summary>The area number, 1–8.</summary>
    public required int Number { get; init; }

    /// <summary>The name as printed in the area's section heading (else in the summary table).</summary>
    public Sourced<string>? Name { get; init; }

    /// <summary>The score printed in the summary table ("Tabell 1").</summary>
    public Sourced<decimal>? SummaryScore { get; init; }

    /// <summary>The national mean printed beside it in the summary table.</summary>
    public Sourced<decimal>? NationalMean { get; init; }

    /// <summary>The score printed in the area's own section ("Poäng").</summary>
    public Sourced<decimal>? SectionScore { get; init; }

    /// <summary>The score on the total row of the area's question table.</summary>
    public Sourced<decimal>? TableTotal { get; init; }

    /// <summary>The max on the total row of the area's question table, when printed.</summary>
    public Sourced<decimal>? TableTotalMax { get; init; }

    /// <summary>The "Rubriker" in printed order.</summary>
    public IReadOnlyList<Sourced<string>> Subheadings { get; init; } = [];

    /// <summary>The STYRKOR items in printed order.</summary>
    public IReadOnlyList<Sourced<string>> Strengths { get; init; } = [];

    /// <summary>The FÖRBÄTTRINGSOMRÅDEN items in printed order.</summary>
    public IReadOnlyList<Sourced<string>> Improvements { get; init; } = [];

    /// <summary>The rows of the area's question table in printed order.</summary>
    public IReadOnlyList<QuestionRow> Questions { get; init; } = [];

    /// <summary>The area's score as the contract defines it: the summary wins, else the section.</summary>
    public Sourced<decimal>? Score => SummaryScore ?? SectionScore ?? TableTotal;
}
