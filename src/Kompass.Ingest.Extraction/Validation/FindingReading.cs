namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// One finding read against every area profile of its document (<see cref="FindingEvidence"/>):
/// the weight of each of its terms and the evidence per profiled area. Immutable.
/// </summary>
internal sealed record FindingReading(Finding Finding, IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<int, AreaEvidence> Areas);
