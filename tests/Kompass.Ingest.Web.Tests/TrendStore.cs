using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// A small store of hand-made evaluations whose trend numbers are easy to check by hand. Every
/// area scores 50 but area 3; the total is their sum; every national mean is 54 (432 in total).
/// <list type="bullet">
/// <item>Kungälv (1482): 2012 and 2016 under the 2010 revision (area 3: 45, 55), 2021 under 2020 (60).</item>
/// <item>Alingsås (1489): 2012 and 2016 under 2010 (area 3: 30, 65).</item>
/// <item>Göteborg (1480): 2016 under 2010 (area 3: 70).</item>
/// </list>
/// Area 4 of Kungälv 2016 and of Alingsås 2012 have a strength about medborgardialog; Kungälv's
/// carries <see cref="HostileText.Script"/>. Their themes are fixed (<see cref="Themes"/>), not
/// the shipped theme model's, so that a retrained model changes no expectation here:
/// Alingsås's is <see cref="AlingsasTheme"/>, Kungälv's <see cref="KungalvTheme"/>.
/// </summary>
internal static class TrendStore
{
    public const string KungalvStrength = "Medborgardialogen fungerar väl " + HostileText.Script;

    public const string AlingsasStrength = "God medborgardialog i budgetarbetet";

    /// <summary>A subheading of area 4 in the 2010 catalog.</summary>
    public const string AlingsasTheme = "Enheternas ansvar";

    /// <summary>Another subheading of area 4 in the 2010 catalog.</summary>
    public const string KungalvTheme = "Kommunledningens kommunikation";

    /// <summary>Fills the workspace's store; returns the hashes by "name year".</summary>
    public static IReadOnlyDictionary<string, string> Fill(ReviewWorkspace workspace)
    {
        var rows = new (string Name, string Code, int Year, FrameworkRevision Revision, decimal Area3, string? Strength)[]
        {
            ("Kungälv", "1482", 2012, FrameworkRevision.Rev2010, 45, null),
            ("Kungälv", "1482", 2016, FrameworkRevision.Rev2010, 55, KungalvStrength),
            ("Kungälv", "1482", 2021, FrameworkRevision.Rev2020, 60, null),
            ("Alingsås", "1489", 2012, FrameworkRevision.Rev2010, 30, AlingsasStrength),
            ("Alingsås", "1489", 2016, FrameworkRevision.Rev2010, 65, null),
            ("Göteborg", "1480", 2016, FrameworkRevision.Rev2010, 70, null),
        };
        return rows.ToDictionary(
            r => $"{r.Name} {r.Year}",
            r => workspace.AddDocument($"{r.Year}/{r.Name}.pdf", Report(r.Name, r.Code, r.Year, r.Revision, r.Area3, r.Strength), flags: [], themes: new Themes()));
    }

    // The budget item is about the units' responsibility, the other about what the leadership says.
    private sealed class Themes : IFindingThemes
    {
        public string? ThemeOf(FrameworkRevision revision, int area, bool isStrength, string text)
            => text.Contains("budget", StringComparison.Ordinal) ? AlingsasTheme : KungalvTheme;
    }

    private static ReportExtraction Report(string name, string code, int year, FrameworkRevision revision, decimal area3, string? strength) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Municipality = new Municipality(name, MunicipalityCode.TryParse(code, out var c) ? c : null, MunicipalityKind.Kommun),
        MunicipalityAsPrinted = Sourced.Of(name, At(1)),
        Year = Sourced.Of(year, At(1)),
        Framework = revision,
        PageCount = 20,
        Total = Sourced.Of(350 + area3, At(3)),
        NationalMeanTotal = Sourced.Of(432m, At(3)),
        Areas = Enumerable.Range(1, 8).Select(n => new AreaExtraction
        {
            Number = n,
            SummaryScore = Sourced.Of(n == 3 ? area3 : 50m, At(4 + n)),
            NationalMean = Sourced.Of(54m, At(4 + n)),
            Strengths = strength is null || n != 4 ? [] : [Sourced.Of(strength, At(14))],
        }).ToList(),
    };

    private static Provenance At(int page) => new(page, new BoundingBox(100, 500, 130, 512), "x", "test");
}
