namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>How <see cref="QuestionTableDrawer"/> prints a question table; every default is the seed report's style.</summary>
internal sealed record TableDrawing
{
    public double Size { get; init; } = 10;

    public double Pitch { get; init; } = 12;

    /// <summary>Extra whitespace between two question rows.</summary>
    public double RowGap { get; init; } = 4;

    /// <summary>Ids in a column of their own (else printed before the text, "1.1 Finns …").</summary>
    public bool IdColumn { get; init; }

    /// <summary>Where a wrapped row prints its numbers (and a separate id).</summary>
    public NumberPlacement Numbers { get; init; } = NumberPlacement.Top;

    public PercentStyle Percent { get; init; } = PercentStyle.Attached;

    public string[] Labels { get; init; } = ["Uppnått", "Max", "Procent"];

    /// <summary>Cells drawn as a grid of ruling lines (the 2020 style).</summary>
    public bool Ruled { get; init; }

    /// <summary>Write every number before any text, the jumbled order the seed's text layer shows.</summary>
    public bool NumbersFirst { get; init; } = true;

    /// <summary>Label printed in the text column of the total row (null: none).</summary>
    public string? TotalLabel { get; init; }

    /// <summary>Print the heading row (area heading and column labels).</summary>
    public bool Header { get; init; } = true;

    /// <summary>Right edges of the score, max and percent columns.</summary>
    public double[] NumberRights { get; init; } = [400, 450, 510];
}
