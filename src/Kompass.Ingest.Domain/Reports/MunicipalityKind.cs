namespace Kompass.Ingest.Domain.Reports;

/// <summary>Whether a named body is a municipality (kommun) or a region (landsting).</summary>
public enum MunicipalityKind
{
    /// <summary>One of the 290 kommuner (Region Gotland counts as the municipality Gotland).</summary>
    Kommun,

    /// <summary>A region, identified by its 2-digit county code.</summary>
    Region,
}
