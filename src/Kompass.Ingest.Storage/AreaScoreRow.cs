namespace Kompass.Ingest.Storage;

/// <summary>One scored area of one document as extracted, with what analysts filter it by.</summary>
public sealed record AreaScoreRow(
    string Sha256,
    int Area,
    decimal? Score,
    decimal? NationalMean,
    int? Year,
    string? MunicipalityCode,
    string? Framework);
