namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// A municipality or region as normalised: the short official name without "kommun"/"stad"
/// ("Helsingborg"), its official code when the name matched the official list, and its kind.
/// </summary>
public sealed record Municipality(string Name, MunicipalityCode? Code, MunicipalityKind Kind);
