using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One scored document as analysts see it: its scores with every reviewer correction applied,
/// and the flags of warning or error severity still open on it (so that a number is never shown
/// without the doubt a reviewer has not yet cleared).
/// </summary>
public sealed record EffectiveEvaluation(EvaluationRow Row, IReadOnlyList<Flag> OpenFlags)
{
    /// <summary>The open flags about area <paramref name="number"/>.</summary>
    public IReadOnlyList<Flag> FlagsOfArea(int number) => OpenFlags.Where(f => f.Area == number).ToList();

    /// <summary>The open flags about the document as a whole (its total, date, municipality…).</summary>
    public IReadOnlyList<Flag> DocumentFlags => OpenFlags.Where(f => f.Area is null).ToList();
}
