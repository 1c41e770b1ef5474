using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>The look of a table. Lengths in points.</summary>
public sealed record TableStyle
{
    /// <summary>Font of body cells (bold rows use its bold face).</summary>
    public required FontSpec Body { get; init; }

    /// <summary>Font of the header row.</summary>
    public required FontSpec Header { get; init; }

    /// <summary>The rules drawn.</summary>
    public TableRuling Ruling { get; init; } = TableRuling.HorizontalRules;

    /// <summary>Whether the header row is drawn again at the top of a continuation page.</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>Horizontal padding inside a cell.</summary>
    public double PaddingX { get; init; } = 3;

    /// <summary>Vertical padding inside a cell.</summary>
    public double PaddingY { get; init; } = 2.5;

    /// <summary>Fill behind the header (used by <see cref="TableRuling.ShadedHeader"/> and by lattice headers when set).</summary>
    public RgbColour? HeaderFill { get; init; }

    /// <summary>Colour of the header text.</summary>
    public RgbColour HeaderText { get; init; } = RgbColour.Black;

    /// <summary>Fill behind every other body row, when set.</summary>
    public RgbColour? ZebraFill { get; init; }

    /// <summary>Line thickness of the rules.</summary>
    public double Rule { get; init; } = 0.5;

    /// <summary>Numbers centred in their column instead of right-aligned.</summary>
    public bool CentreNumbers { get; init; }

    /// <summary>Distance between baselines inside a cell, as a multiple of the font size.</summary>
    public double Leading { get; init; } = 1.2;
}
