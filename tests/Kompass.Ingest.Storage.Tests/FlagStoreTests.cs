using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage.Tests;

public sealed class FlagStoreTests
{
    private static readonly Flag Total = new(
        FlagCodes.TotalMismatch, FlagSeverity.Warning, null, null, "the areas add up to 560, TOTALT says 554 (p. 4)",
        [new Provenance(4, new BoundingBox(300, 500, 320, 510), "554", "SummaryTableExtractor@x")]);

    private static readonly Flag Percent = new(FlagCodes.PercentMismatch, FlagSeverity.Warning, 4, "4.3", "4.3: 10 of 15 is not 80 % (p. 15)", []);

    [Fact]
    public void Save_WithFlags_StoresThemInOrderWithTheirEvidence()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Flags = [Total, Percent] });

        var flags = sut.Flags(StoreFixture.Sha('a'));
        Assert.Equal([Total.Code, Percent.Code], flags.Select(f => f.Code));
        Assert.Equal(Total.Evidence, flags[0].Evidence);
        Assert.Equal((4, "4.3", FlagStatus.Open), (flags[1].Area, flags[1].Question, flags[1].Status));
    }

    [Fact]
    public void Save_Reextraction_ReplacesTheFlagsOfTheOldExtraction()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Flags = [Total, Percent] });

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, version: "x/2") with { Flags = [Percent] });

        Assert.Equal([Percent.Code], sut.Flags(StoreFixture.Sha('a')).Select(f => f.Code));
    }

    [Fact]
    public void ReplaceCrossDocumentFlags_KeepsThemApartFromTheDocumentsOwnFlags()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Flags = [Percent] });
        var duplicate = new Flag(FlagCodes.DuplicateReport, FlagSeverity.Info, null, null, "also reported in b.pdf", []);

        sut.ReplaceCrossDocumentFlags(new Dictionary<string, IReadOnlyList<Flag>> { [StoreFixture.Sha('a')] = [duplicate] });
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, version: "x/2") with { Flags = [Total] });

        Assert.Equal([Total.Code, duplicate.Code], sut.Flags(StoreFixture.Sha('a')).Select(f => f.Code));

        sut.ReplaceCrossDocumentFlags(new Dictionary<string, IReadOnlyList<Flag>>());

        Assert.Equal([Total.Code], sut.Flags(StoreFixture.Sha('a')).Select(f => f.Code));
    }
}
