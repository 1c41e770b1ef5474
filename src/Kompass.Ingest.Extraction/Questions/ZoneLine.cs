using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// One printed line of a question-table zone: its runs split into the text side (id and question
/// text) and the number side (numbers, or column labels), and what the line is for row grouping.
/// </summary>
internal sealed record ZoneLine(IReadOnlyList<WordRun> Runs, IReadOnlyList<Word> TextWords, IReadOnlyList<WordRun> NumberSide, ZoneLineKind Kind)
{
    /// <summary>The line's box.</summary>
    public BoundingBox Box { get; } = Runs.Select(r => r.Box).Aggregate((a, b) => a.Union(b));

    /// <summary>The vertical centre.</summary>
    public double CentreY => Box.CentreY;

    /// <summary>True when the line opens with a question id.</summary>
    public bool IsAnchor => Kind == ZoneLineKind.Anchor;
}
