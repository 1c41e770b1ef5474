using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Works out the review status of a document's flags. The stored flags were raised on the raw
/// extraction; with corrections in force the per-document rules run again on the corrected
/// extraction (<see cref="ExtractionCorrector"/>): a stored flag they no longer raise is
/// <c>resolved</c>, one they still raise takes the new message, and one they raise only now (a
/// correction can make a new inconsistency) is added. Flags raised by looking across the store
/// (<see cref="Flag.FromStore"/>) are the store-wide checks' and are kept as stored. A flag whose latest decision
/// is a dismissal is <c>dismissed</c>, unless a correction resolved it. Pure.
/// </summary>
public sealed class FlagReview(IDocumentValidator validator)
{
    private readonly IDocumentValidator _validator = validator ?? throw new ArgumentNullException(nameof(validator));

    /// <summary>The document's flags with ids and statuses: the stored ones in their order, then any raised only by corrections.</summary>
    public IReadOnlyList<ReviewedFlag> Of(
        string sha256,
        Func<ReportExtraction> extraction,
        IReadOnlyList<Flag> storedFlags,
        IReadOnlyList<Correction> corrections,
        IReadOnlyList<FlagDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(storedFlags);
        ArgumentNullException.ThrowIfNull(decisions);
        var current = CurrentFlags(extraction, storedFlags, corrections);
        var currentById = Ids(sha256, current);
        var storedById = Ids(sha256, storedFlags);
        var dismissals = LatestDismissals(decisions);

        var reviewed = new List<ReviewedFlag>();
        foreach (var (id, stored) in storedById)
        {
            reviewed.Add(currentById.TryGetValue(id, out var now)
                ? Decided(sha256, id, now, dismissals)
                : new ReviewedFlag(id, sha256, stored with { Status = FlagStatus.Resolved }, null));
        }

        reviewed.AddRange(currentById.Where(pair => !storedById.ContainsKey(pair.Key)).Select(pair => Decided(sha256, pair.Key, pair.Value, dismissals)));
        return reviewed;
    }

    // The extraction is read only when corrections are in force: most documents have none.
    private IReadOnlyList<Flag> CurrentFlags(Func<ReportExtraction> extraction, IReadOnlyList<Flag> storedFlags, IReadOnlyList<Correction> corrections)
    {
        if (CorrectionsInForce.Of(corrections).Count == 0)
        {
            return storedFlags;
        }

        var corrected = ExtractionCorrector.Apply(extraction(), corrections);
        return [.. _validator.Validate(corrected), .. storedFlags.Where(f => f.FromStore)];
    }

    private static Dictionary<string, Flag> Ids(string sha256, IReadOnlyList<Flag> flags)
        => FlagIds.ForDocument(sha256, flags).Zip(flags).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

    private static Dictionary<string, FlagDecision> LatestDismissals(IReadOnlyList<FlagDecision> decisions)
        => decisions.GroupBy(d => d.FlagId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Id)!)
            .Where(d => d.Kind == FlagDecisionKind.Dismiss)
            .ToDictionary(d => d.FlagId, StringComparer.Ordinal);

    private static ReviewedFlag Decided(string sha256, string id, Flag flag, Dictionary<string, FlagDecision> dismissals)
        => dismissals.TryGetValue(id, out var dismissal)
            ? new ReviewedFlag(id, sha256, flag with { Status = FlagStatus.Dismissed }, dismissal)
            : new ReviewedFlag(id, sha256, flag with { Status = FlagStatus.Open }, null);
}
