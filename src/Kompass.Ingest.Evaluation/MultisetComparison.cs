namespace Kompass.Ingest.Evaluation;

/// <summary>
/// The outcome of comparing two multisets: how many items pair up, and which truth items were
/// missed and which exported items are extra (each in its original order, for reports).
/// </summary>
/// <typeparam name="T">The compared key.</typeparam>
public sealed record MultisetComparison<T>(int Matched, IReadOnlyList<T> Missed, IReadOnlyList<T> Extra)
    where T : notnull
{
    /// <summary>The comparison as counts.</summary>
    public MatchCounts Counts => new(Matched, Matched + Extra.Count, Matched + Missed.Count);
}
