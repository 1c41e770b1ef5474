using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Tests;

public sealed class ThemeLabelerTests
{
    private static readonly ThemeLabeler Sut = new(
    [
        new FrameworkCatalog(FrameworkRevision.Rev2010, "2010-2019", "test", [new AreaDefinition(1, "Offentlighet och demokrati", [], ["Information till medborgare", "Dialog och medborgarmedverkan", "Etik och motverkan av korruption"])], []),
    ]);

    [Fact]
    public void Label_CompoundEndingInASubheadingWord_IsThatSubheading()
    {
        // "medborgardialog" begins like "medborgare" but is a dialogue: the head of the compound decides.
        Assert.Equal("Dialog och medborgarmedverkan", Sut.Label(FrameworkRevision.Rev2010, 1, "Utveckla medborgardialogen i tidiga skeden"));
    }

    [Fact]
    public void Label_SharedWord_IsItsSubheading()
    {
        Assert.Equal("Etik och motverkan av korruption", Sut.Label(FrameworkRevision.Rev2010, 1, "Etiska riktlinjer mot korruption saknas"));
    }

    [Fact]
    public void Label_NoWordOfAnySubheading_IsNull()
    {
        Assert.Null(Sut.Label(FrameworkRevision.Rev2010, 1, "Kommunen har ett gott rykte"));
    }

    [Fact]
    public void Label_AreaTheCatalogLacks_IsNull()
    {
        Assert.Null(Sut.Label(FrameworkRevision.Rev2020, 1, "Information till medborgarna"));
    }
}
