namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// One text as the profile rules see it: its content words as stems in printed order
/// (<see cref="SwedishTermNormaliser"/>), and for each word its terms: the stem and, for a
/// compound, the halves that are words in their own right ("bemötandeutbildning" gives
/// "bemötandeutbild" and "bemöt"). Immutable: nothing changes the sets once built. They are held
/// as sets and the words' list as an array, not as interfaces, so that the loops weighing every
/// finding against every area enumerate them without an enumerator allocated per loop.
/// </summary>
internal sealed record TermText(IReadOnlyList<string> Words, HashSet<string>[] Terms);
