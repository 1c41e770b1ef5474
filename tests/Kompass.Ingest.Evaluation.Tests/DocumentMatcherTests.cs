using static Kompass.Ingest.Evaluation.Tests.Samples;

namespace Kompass.Ingest.Evaluation.Tests;

public sealed class DocumentMatcherTests
{
    [Fact]
    public void Match_SameHashOtherPath_PairsByHash()
    {
        var truth = Analysis(path: "copy/helsingborg.pdf");
        var exported = ExportOf(Analysis(path: "2017/helsingborg.pdf"));

        var sut = DocumentMatcher.Match([truth], [exported]);

        Assert.Same(exported, Assert.Single(sut.Matches).Exported);
        Assert.Empty(sut.Unexpected);
    }

    [Fact]
    public void Match_TruthWithoutHash_PairsByPath()
    {
        var truth = Analysis(sha: string.Empty);
        var exported = ExportOf(Analysis(sha: "cc03"));

        var sut = DocumentMatcher.Match([truth], [exported]);

        Assert.Same(exported, Assert.Single(sut.Matches).Exported);
    }

    [Fact]
    public void Match_TwoTruthsOfOneFile_ScoresTheOneAtTheExportedPath()
    {
        var first = Analysis(path: "a/helsingborg.pdf");
        var second = Analysis(path: "b/helsingborg.pdf");
        var exported = ExportOf(second);

        var sut = DocumentMatcher.Match([first, second], [exported]);

        Assert.Same(second, Assert.Single(sut.Matches).Truth);
        Assert.Same(first, Assert.Single(sut.DuplicateTruths));
    }

    [Fact]
    public void Match_PathOfOtherDocument_DoesNotStealADocumentMatchedByHash()
    {
        var byHash = Analysis(path: "x.pdf", sha: "dd04");
        var byPath = Memo(path: "y.pdf", sha: "ee05");
        var exported = ExportOf(Analysis(path: "y.pdf", sha: "dd04"));

        var sut = DocumentMatcher.Match([byHash, byPath], [exported]);

        Assert.Same(exported, sut.Matches.Single(m => m.Truth == byHash).Exported);
        Assert.Null(sut.Matches.Single(m => m.Truth == byPath).Exported);
    }
}
