namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// A municipality or region as printed in some text: where it stands, the whole phrase
/// (<see cref="Printed"/>: "LJUSDALS KOMMUN") and the name part (<see cref="Name"/>: "LJUSDALS").
/// </summary>
public sealed record MunicipalityPhrase(int Start, int Length, string Printed, string Name, MunicipalityPhraseKind Kind);
