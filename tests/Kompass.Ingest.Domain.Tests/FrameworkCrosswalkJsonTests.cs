using System.Text.Json;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Tests;

public sealed class FrameworkCrosswalkJsonTests
{
    // The crosswalk lives in a subfolder: every top-level *.json of pipelines/frameworks is read as a catalog.
    private static readonly string Frameworks = Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks");

    private static readonly IReadOnlyList<FrameworkCatalog> Catalogs =
        new[] { "2002", "2010", "2020" }.Select(y => FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(Frameworks, y + ".json")))).ToList();

    private const string Link = """{"to":8,"kind":"renamed","approximate":true,"restsOnInvented":false,"reason":"r"}""";

    private static FrameworkCrosswalk Shipped()
        => FrameworkCrosswalkJson.Parse(File.ReadAllText(Path.Combine(Frameworks, "crosswalk", "crosswalk.json")), Catalogs);

    [Fact]
    public void Parse_ShippedFile_HasAnEntryForEvery2002And2020Area()
    {
        var sut = Shipped();

        foreach (var catalog in Catalogs.Where(c => c.Revision != FrameworkRevision.Rev2010))
        {
            foreach (var area in catalog.Areas)
            {
                Assert.NotEmpty(sut.To2010(catalog.Revision, area.Number));
            }
        }

        Assert.Equal(16, sut.Entries.Count);
    }

    [Fact]
    public void Parse_ShippedFile_EveryLinkTargetIsA2010Area()
    {
        var areas2010 = Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010).Areas.Select(a => a.Number).ToList();

        var targets = Shipped().Entries.SelectMany(e => e.Links).Where(l => l.Kind != CrosswalkKind.None).Select(l => l.To);

        Assert.All(targets, to => Assert.Contains(to!.Value, areas2010));
    }

    [Fact]
    public void Parse_ShippedFile_EveryCrossRevisionLinkIsApproximateWithAReason()
    {
        var links = Shipped().Entries.SelectMany(e => e.Links.Select(l => (e, l)));

        Assert.All(links, x => Assert.True(x.l.Approximate && x.l.Reason.Length > 20, $"{x.e.Revision} area {x.e.Area}"));
    }

    [Fact]
    public void Parse_ShippedFile_The2002AreasWithInventedNamesAreMarkedSo()
    {
        var sut = Shipped();

        // 2002.json: only area 1's name and the beginning of area 2's are known.
        Assert.All(Enumerable.Range(3, 6), area => Assert.True(sut.To2010(FrameworkRevision.Rev2002, area).All(l => l.RestsOnInvented), $"2002 area {area}"));
        Assert.All(Enumerable.Range(1, 2), area => Assert.False(sut.To2010(FrameworkRevision.Rev2002, area).Any(l => l.RestsOnInvented), $"2002 area {area}"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 8)]
    [InlineData(5, 2)]
    [InlineData(8, 4)]
    public void To2010_2020Area_ReturnsItsRenumbered2010Area(int area2020, int area2010)
    {
        var sut = Shipped();

        var link = Assert.Single(sut.To2010(FrameworkRevision.Rev2020, area2020));

        Assert.Equal(area2010, link.To);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void To2010_Rev2010_ReturnsTheIdentityNotApproximate(int area)
    {
        var sut = Shipped();

        var link = Assert.Single(sut.To2010(FrameworkRevision.Rev2010, area));

        Assert.Equal((area, CrosswalkKind.Same, false), (link.To!.Value, link.Kind, link.Approximate));
    }

    [Fact]
    public void To2010_AreaWithoutEntry_Throws()
    {
        var sut = Shipped();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.To2010(FrameworkRevision.Rev2020, 9));

        Assert.Contains("2020 area 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AreaWithoutCounterpart_HasOneNoneLinkWithoutTarget()
    {
        var sut = FrameworkCrosswalkJson.Parse(Json("""{"kind":"none","approximate":true,"restsOnInvented":false,"reason":"new in 2020"}"""));

        var link = Assert.Single(sut.To2010(FrameworkRevision.Rev2020, 2));

        Assert.Equal((null, CrosswalkKind.None), (link.To, link.Kind));
    }

    public static TheoryData<string, string> MalformedFiles() => new()
    {
        { Json(Link.Replace("\"to\":8", "\"to\":9", StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: the 2010 catalog has no area 9" },
        { Json(Link, area: 9), "crosswalk entry 2020 area 9: the 2020 catalog has no area 9" },
        { Json(Link, name: "Samhällsbyggare"), "crosswalk entry 2020 area 2: named 'Samhällsbyggare', but the 2020 catalog calls it 'Samhällsutveckling'" },
        { Json(Link, revision: "2010", area: 8, name: "Kommunen som samhällsbyggare"), "crosswalk entry #1: revision '2010' is not 2002 or 2020" },
        { Json(Link.Replace("\"approximate\":true,", string.Empty, StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: 'approximate' and 'restsOnInvented' must both be given" },
        { Json(Link.Replace("approximate", "aproximate", StringComparison.Ordinal)), "aproximate" },
        { Json(Link.Replace("renamed", "moved", StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: kind 'moved' is not one of" },
        { Json(Link.Replace("\"approximate\":true", "\"approximate\":false", StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: only a link of kind \"same\"" },
        { Json(Link.Replace("renamed", "none", StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: a link of kind \"none\" has no target" },
        { Json(Link.Replace("\"to\":8,", string.Empty, StringComparison.Ordinal)), "crosswalk entry 2020 area 2, link 1: no target area" },
        { Json(Link + "," + Link), "crosswalk entry 2020 area 2: links to 2010 area 8 twice" },
        { Json(string.Empty), "crosswalk entry 2020 area 2: no links" },
        { Json(Link).Replace("\"target\":\"2010\"", "\"target\":\"2020\"", StringComparison.Ordinal), "crosswalk target '2020' is not 2010" },
        { Json(Link).Replace("]}]}", "]},{\"revision\":\"2020\",\"area\":2,\"name\":\"Samhällsutveckling\",\"links\":[" + Link + "]}]}", StringComparison.Ordinal), "crosswalk entry 2020 area 2 appears 2 times" },
        { Json(Link), "the crosswalk has no entry for 2002 area 1 'Offentlighet och demokratisk kontroll'" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Parse_MalformedFile_ThrowsNamingTheEntry(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => FrameworkCrosswalkJson.Parse(json, Catalogs));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string Json(string links, string revision = "2020", int area = 2, string name = "Samhällsutveckling")
        => $$"""{"target":"2010","warning":"w","entries":[{"revision":"{{revision}}","area":{{area}},"name":"{{name}}","links":[{{links}}]}]}""";
}
