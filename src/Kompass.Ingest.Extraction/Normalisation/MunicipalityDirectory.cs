using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Normalisation;

/// <summary>
/// The official list: the 290 kommuner with their SCB codes and the 21 counties (regions). Built
/// from the CSV text of <c>pipelines/reference/kommuner.csv</c> and <c>lan.csv</c>; the caller reads
/// the files. Immutable and thread-safe.
/// </summary>
public sealed class MunicipalityDirectory
{
    private MunicipalityDirectory(IReadOnlyList<Municipality> kommuner, IReadOnlyList<CountyEntry> counties)
    {
        Kommuner = kommuner;
        Counties = counties;
    }

    /// <summary>Every kommun: short official name, 4-digit code, kind kommun.</summary>
    public IReadOnlyList<Municipality> Kommuner { get; }

    /// <summary>Every county: full name ("Kalmar län"), short name ("Kalmar"), 2-digit code.</summary>
    public IReadOnlyList<CountyEntry> Counties { get; }

    /// <summary>
    /// Parses the two CSV files (header row first; <c>code,name,county_code</c> and
    /// <c>code,name,short_name</c>). Throws <see cref="FormatException"/> for a malformed row: the
    /// reference data ships with the program, so a bad row is a deployment mistake.
    /// </summary>
    public static MunicipalityDirectory Parse(string kommunerCsv, string countiesCsv)
    {
        var kommuner = Rows(kommunerCsv, 3).Select(r => new Municipality(r[1], Code(r[0]), MunicipalityKind.Kommun)).ToList();
        var counties = Rows(countiesCsv, 3).Select(r => new CountyEntry(Code(r[0]), r[1], r[2])).ToList();
        return new MunicipalityDirectory(kommuner, counties);
    }

    private static MunicipalityCode Code(string text)
        => MunicipalityCode.TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an SCB code");

    private static IEnumerable<string[]> Rows(string csv, int columns)
        => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => cells.Length == columns ? cells : throw new FormatException($"expected {columns} columns: '{string.Join(',', cells)}'"));
}

/// <summary>A county (län) and so a region: code, full name, short name.</summary>
public sealed record CountyEntry(MunicipalityCode Code, string Name, string ShortName);
