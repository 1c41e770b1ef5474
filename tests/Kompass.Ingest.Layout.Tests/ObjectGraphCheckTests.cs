using System.Text;

namespace Kompass.Ingest.Layout.Tests;

public sealed class ObjectGraphCheckTests
{
    [Fact]
    public void Links_ObjectsThatAreOnlyAReference_AreReadWithAnyWhitespace()
    {
        var sut = ObjectGraphCheck.Links(Latin1("%PDF-1.4\n5 0 obj\u00A06\t0 R \r\nendobj\n6 0 obj 7 0 R endobj\n7 0 obj << >> endobj\n"));

        Assert.Equal([(5L, 6L), (6L, 7L)], sut.References.Select(p => (p.Key, p.Value)).Order());
    }

    [Fact]
    public void Links_NumbersTooLongForAnObject_AreNoLinks()
    {
        var sut = ObjectGraphCheck.Links(Latin1("1 0 obj 12345678901 0 R endobj\n2 0 obj << /Parent 3 123456 R >> endobj\n"));

        Assert.Empty(sut.References);
        Assert.Empty(sut.Parents);
    }

    [Fact]
    public void Links_ParentInTheDictionaryAndInTheStreamData_OnlyTheDictionarysCounts()
    {
        var sut = ObjectGraphCheck.Links(Latin1("1 0 obj << /Parent 2 0 R >> endobj\n3 0 obj << /Length 9 >> stream\n/Parent 1 0 R\nendstream endobj\n"));

        Assert.Equal([(1L, 2L)], sut.Parents.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Links_ParentNotFollowedByAReference_TriesTheNextOne()
    {
        var sut = ObjectGraphCheck.Links(Latin1("4 0 obj << /Parent /Name /Parent\n8 0 R >> endobj\n"));

        Assert.Equal([(4L, 8L)], sut.Parents.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Check_TwoObjectsReferringToEachOther_GivesTheLoop()
    {
        var sut = ObjectGraphCheck.Check(Latin1("1 0 obj 2 0 R endobj\n2 0 obj 1 0 R endobj\n"));

        Assert.NotNull(sut);
        Assert.Contains("through a loop of 2 references", sut, StringComparison.Ordinal);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
