namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// How one finding reads as one area (<see cref="FindingEvidence"/>): the finding's words the
/// area's profile holds (stems with some weight), and the specific words of the area heading the
/// finding contains word for word, with their summed weight (empty and 0 when it contains none).
/// Immutable.
/// </summary>
internal sealed record AreaEvidence(int Area, IReadOnlySet<string> HeldWords, IReadOnlyList<string> Heading, double HeadingWeight);
