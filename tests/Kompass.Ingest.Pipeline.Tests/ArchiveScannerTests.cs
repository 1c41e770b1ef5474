using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline.Tests.Fakes;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class ArchiveScannerTests : IDisposable
{
    private readonly TempArchive _archive = new();
    private readonly ArchiveScanner _sut = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Scan_MixedFolder_FindsPdfsByExtensionOrMagicAndListsTheRest()
    {
        _archive.Write("2017/helsingborg.pdf", "x");
        _archive.Write("2014/ARE.PDF", "x");
        _archive.Write("saved-without-extension", "%PDF-1.4 ...");
        _archive.Write("notes.txt", "hello");
        _archive.Write("tiny", "%P");
        _archive.WriteBytes("empty.pdf", []);

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["2014/ARE.PDF", "2017/helsingborg.pdf", "empty.pdf", "saved-without-extension"], scan.Documents.Select(d => d.RelativePath));
        Assert.Equal(["notes.txt", "tiny"], scan.NotDocuments);
        Assert.Empty(scan.Unscanned);
        Assert.Equal(Path.Combine(_archive.Root, "2017", "helsingborg.pdf"), scan.Documents[1].FullPath);
    }

    [Fact]
    public void Scan_SymlinkBackToAnAncestor_IsListedNotFollowed()
    {
        _archive.Write("a/report.pdf", "x");
        Directory.CreateSymbolicLink(Path.Combine(_archive.Root, "a", "loop"), _archive.Root);

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["a/report.pdf"], scan.Documents.Select(d => d.RelativePath));
        var unscanned = Assert.Single(scan.Unscanned);
        Assert.Equal("a/loop/", unscanned.Path);
        Assert.Contains("not followed", unscanned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_SymlinkToAFolderOutsideTheArchive_IsFollowed()
    {
        using var outside = new TempArchive();
        outside.Write("shared.pdf", "x");
        Directory.CreateSymbolicLink(Path.Combine(_archive.Root, "linked"), outside.Root);

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["linked/shared.pdf"], scan.Documents.Select(d => d.RelativePath));
    }

    [Fact]
    public void Scan_BrokenSymlinkToAFile_IsReportedNotThrown()
    {
        _archive.Write("ok.pdf", "x");
        File.CreateSymbolicLink(Path.Combine(_archive.Root, "gone.dat"), Path.Combine(_archive.Root, "missing.dat"));

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["ok.pdf"], scan.Documents.Select(d => d.RelativePath));
        Assert.Equal("gone.dat", Assert.Single(scan.Unscanned).Path);
    }

    [Fact]
    public void Scan_NameThatIsNotUtf8_IsListedOnceWithARequestToRenameIt()
    {
        _archive.Write("ok.pdf", "x");
        var latin1 = RawFileName.Write(_archive.Root, [.. "rapport-"u8, 0xE5, .. "r.pdf"u8], "%PDF-1.4"u8.ToArray());

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["ok.pdf"], scan.Documents.Select(d => d.RelativePath));
        var unscanned = Assert.Single(scan.Unscanned);
        Assert.Equal(latin1, unscanned.Path);
        Assert.Equal("the name is not valid UTF-8 (shown as 'rapport-?r.pdf', ? for the bytes that are not); kompass cannot open it: rename it", unscanned.Reason);
    }

    [Fact]
    public void Scan_NamesWithSwedishLettersAndSpaces_AreDocuments()
    {
        _archive.Write("Göteborg 2016/Årsrapport för Ängelholm.pdf", "x");

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["Göteborg 2016/Årsrapport för Ängelholm.pdf"], scan.Documents.Select(d => d.RelativePath));
        Assert.True(File.Exists(scan.Documents[0].FullPath));
    }

    [Fact]
    public void Scan_SymlinksPointingAtEachOther_AreListedOnceEachAndTheWalkEnds()
    {
        _archive.Write("ok.pdf", "x");
        File.CreateSymbolicLink(Path.Combine(_archive.Root, "a"), Path.Combine(_archive.Root, "b"));
        File.CreateSymbolicLink(Path.Combine(_archive.Root, "b"), Path.Combine(_archive.Root, "a"));

        var scan = _sut.Scan(_archive.Root, CancellationToken.None);

        Assert.Equal(["ok.pdf"], scan.Documents.Select(d => d.RelativePath));
        Assert.Equal(["a", "b"], scan.Unscanned.Select(u => u.Path));
        Assert.Equal(
            $"symbolic link that leads round in a loop (it points to '{Path.Combine(_archive.Root, "b")}'); not followed: remove the link or point it at the file",
            scan.Unscanned[0].Reason);
    }

    [Fact]
    public void Scan_MissingFolder_IsUserActionable()
    {
        var e = Assert.Throws<UserActionableException>(() => _sut.Scan(Path.Combine(_archive.Root, "nope"), CancellationToken.None));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Cancelled_Throws()
    {
        _archive.Write("a.pdf", "x");

        Assert.ThrowsAny<OperationCanceledException>(() => _sut.Scan(_archive.Root, new CancellationToken(canceled: true)));
    }
}
