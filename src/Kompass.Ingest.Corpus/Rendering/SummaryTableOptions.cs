namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>The wording and look of a family's summary table ("Tabell 1"). Widths in points.</summary>
public sealed record SummaryTableOptions
{
    /// <summary>The table's look.</summary>
    public required TableStyle Style { get; init; }

    /// <summary>Heading over the area names ("" in the seed, "Område" elsewhere).</summary>
    public string NameHeader { get; init; } = string.Empty;

    /// <summary>Heading of the evaluated body's column; null for "&lt;ShortName&gt; &lt;year&gt;".</summary>
    public string? OwnHeader { get; init; }

    /// <summary>Heading of the national mean column ("Medelvärde", "Nationellt medelvärde" …).</summary>
    public string MeanHeader { get; init; } = "Medelvärde";

    /// <summary>Label of the total row ("TOTALT").</summary>
    public string TotalLabel { get; init; } = "TOTALT";

    /// <summary>Whether area names carry their number ("1. Offentlighet och demokrati").</summary>
    public bool NumberPrefix { get; init; } = true;

    /// <summary>Whether earlier evaluations get their own columns (when the report has any).</summary>
    public bool PreviousColumns { get; init; } = true;

    /// <summary>A "Max" column of 100 per area (and the sum on the total row).</summary>
    public bool MaxColumn { get; init; }

    /// <summary>Width of each number column.</summary>
    public double NumberWidth { get; init; } = 62;

    /// <summary>Order of the rows in the content stream.</summary>
    public RowOrder Order { get; init; } = RowOrder.RowByRow;
}
