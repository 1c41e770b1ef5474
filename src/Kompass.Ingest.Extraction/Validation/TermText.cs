namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// One text as the profile rules see it: its content words as stems in printed order
/// (<see cref="SwedishTermNormaliser"/>), and for each word its terms: the stem and, for a
/// compound, the halves that are words in their own right ("bemötandeutbildning" gives
/// "bemötandeutbild" and "bemöt"). Immutable.
/// </summary>
internal sealed record TermText(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlySet<string>> Terms)
{
    /// <summary>Every term of every word.</summary>
    public IEnumerable<string> AllTerms => Terms.SelectMany(t => t);
}
