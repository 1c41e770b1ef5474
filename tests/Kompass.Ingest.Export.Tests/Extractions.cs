using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Export.Tests;

/// <summary>Small extractions for mapper tests.</summary>
internal static class Extractions
{
    public const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static Sourced<T> At<T>(T value, int page) => Sourced.Of(value, new Provenance(page, null, $"{value}", "test/1"));

    public static AreaExtraction Area(int number, decimal? summary = null, decimal? section = null, decimal? tableTotal = null) => new()
    {
        Number = number,
        Name = At($"Område {number}", 10 + number),
        SummaryScore = summary is { } s ? At(s, 5) : null,
        SectionScore = section is { } c ? At(c, 10 + number) : null,
        TableTotal = tableTotal is { } t ? At(t, 30) : null,
    };

    public static ExportSource Source(ReportExtraction extraction, string path = "2017/a.pdf") => new(Sha, path, extraction);
}
