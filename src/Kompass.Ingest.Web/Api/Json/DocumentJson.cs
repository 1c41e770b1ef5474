namespace Kompass.Ingest.Web.Api.Json;

/// <summary>One document as a reviewer sees it.</summary>
/// <param name="Sha256">The document's hash.</param>
/// <param name="Paths">Every path it was found at, first seen first.</param>
/// <param name="Type">The contract's document type.</param>
/// <param name="Municipality">The municipality's official name, or null.</param>
/// <param name="MunicipalityCode">The municipality's official code, or null.</param>
/// <param name="Year">The evaluation year, or null.</param>
/// <param name="PageCount">Pages read.</param>
/// <param name="Values">The correctable values, corrections applied, in the contract's order.</param>
/// <param name="Flags">Every flag with its status.</param>
/// <param name="StaleCorrections">Corrections that no longer fit the current extraction.</param>
public sealed record DocumentJson(
    string Sha256,
    IReadOnlyList<string> Paths,
    string Type,
    string? Municipality,
    string? MunicipalityCode,
    int? Year,
    int PageCount,
    IReadOnlyList<ValueJson> Values,
    IReadOnlyList<FlagJson> Flags,
    IReadOnlyList<StaleJson> StaleCorrections);
