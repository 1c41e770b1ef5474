namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>The wording and look of a family's question tables ("Översikt av poängfördelning"). Widths in points.</summary>
public sealed record QuestionTableOptions
{
    /// <summary>The table's look.</summary>
    public required TableStyle Style { get; init; }

    /// <summary>Headings of the score, max and percent columns.</summary>
    public (string Score, string Max, string Percent) Headers { get; init; } = ("Uppnått", "Max", "Procent");

    /// <summary>The question id in a column of its own instead of before the text.</summary>
    public bool IdColumn { get; init; }

    /// <summary>"65 %" instead of "65%".</summary>
    public bool SpacedPercent { get; init; }

    /// <summary>Label of the total row ("" as in the seed, "Summa" …).</summary>
    public string TotalLabel { get; init; } = string.Empty;

    /// <summary>Chance that a row starts a jumbled run (its text and its neighbours' drawn apart from their numbers).</summary>
    public double JumbleChance { get; init; } = 0.3;

    /// <summary>Width of each number column.</summary>
    public double NumberWidth { get; init; } = 50;

    /// <summary>Whether the header's first cell names the area ("1. Offentlighet och demokrati").</summary>
    public bool AreaInHeader { get; init; } = true;
}
