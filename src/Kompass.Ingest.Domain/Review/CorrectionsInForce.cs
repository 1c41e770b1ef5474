namespace Kompass.Ingest.Domain.Review;

/// <summary>
/// Which of a document's corrections are in force: every one that no later undo has taken back.
/// An undo (<see cref="Correction.Reverts"/>) only takes back while it is in force itself, so an
/// undo of an undo puts the first correction back.
/// </summary>
public static class CorrectionsInForce
{
    /// <summary>The corrections to apply, oldest first; undo records themselves apply nothing.</summary>
    public static IReadOnlyList<Correction> Of(IEnumerable<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var newestFirst = corrections.OrderByDescending(c => c.Id).ToList();
        var takenBack = new HashSet<int>();
        foreach (var correction in newestFirst)
        {
            if (!takenBack.Contains(correction.Id) && correction.Reverts is { } target)
            {
                takenBack.Add(target);
            }
        }

        return newestFirst
            .Where(c => c.Reverts is null && !takenBack.Contains(c.Id))
            .OrderBy(c => c.Id)
            .ToList();
    }
}
