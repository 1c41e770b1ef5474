namespace Kompass.Ingest.Storage;

/// <summary>One scored area of one document as extracted, with what analysts filter it by.</summary>
public sealed record AreaScoreRow(
    string Sha256,
    int Area,
    decimal? Score,
    decimal? NationalMean,
    int? Year,
    string? MunicipalityCode,
    string? Framework)
{
    /// <summary>The kind of document (null in a store written before it was recorded).</summary>
    public Domain.Reports.DocumentType? Type { get; init; }

    /// <summary>The area's name as printed.</summary>
    public string? Name { get; init; }

    /// <summary>The page the score is printed on.</summary>
    public int? Page { get; init; }

    /// <summary>The municipality's name as matched (or as printed).</summary>
    public string? MunicipalityName { get; init; }
}
