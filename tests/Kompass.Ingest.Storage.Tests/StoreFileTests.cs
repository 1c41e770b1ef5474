using System.Text;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Storage.Tests;

public sealed class StoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_NewFile_PersistsAcrossReopen()
    {
        var path = Path.Combine(_folder, "kompass.db");
        using (var sut = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()))
        {
            sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun()));
        }

        using var reopened = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create(), StoreAccess.ReadOnly);

        Assert.Equal(["a.pdf"], reopened.Find(StoreFixture.Sha('a'))!.Paths);
    }

    [Fact]
    public void Open_NewFile_ComparesStringsOrdinallySoItsIndexesReadTheSameOnEveryMachine()
    {
        var path = Path.Combine(_folder, "kompass.db");
        using (var sut = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()))
        {
            sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun()));
        }

        using var raw = new LiteDB.LiteDatabase($"Filename={path};ReadOnly=true");

        Assert.Equal(System.Globalization.CompareOptions.Ordinal, raw.Collation.SortOptions);
    }

    [Fact]
    public void Open_FileHeldByAnotherStore_SaysItIsInUse()
    {
        var path = Path.Combine(_folder, "kompass.db");
        using var first = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create());

        var e = Assert.Throws<StoreBusyException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()));

        Assert.Contains("in use", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AfterTheOtherStoreClosed_Succeeds()
    {
        var path = Path.Combine(_folder, "kompass.db");
        LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()).Dispose();

        using var sut = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create());

        Assert.Empty(sut.Documents());
    }

    [Fact]
    public void Open_LockFileLeftByAKilledProcess_TakesItOver()
    {
        // A process killed with SIGKILL cannot delete its lock file, but the operating system
        // drops its lock on it; what is left is a file nobody holds.
        var path = Path.Combine(_folder, "kompass.db");
        using (var store = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()))
        {
            store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", store.StartRun()));
        }

        File.WriteAllText(path + ".lock", string.Empty);

        using (var sut = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()))
        {
            Assert.Equal(["a.pdf"], sut.Find(StoreFixture.Sha('a'))!.Paths);
        }

        Assert.False(File.Exists(path + ".lock"));
    }

    [Fact]
    public void Dispose_OpenStore_RemovesTheLockFile()
    {
        var path = Path.Combine(_folder, "kompass.db");
        var sut = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create());
        var lockedWhileOpen = File.Exists(path + ".lock");

        sut.Dispose();

        Assert.True(lockedWhileOpen);
        Assert.False(File.Exists(path + ".lock"));
    }

    [Fact]
    public void Open_NotALiteDbFile_RefusesAndLeavesItUntouched()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "my notes");

        var e = Assert.Throws<UserActionableException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()));

        Assert.Contains("not a kompass store", e.Message, StringComparison.Ordinal);
        Assert.Equal("my notes", File.ReadAllText(path));
    }

    [Fact]
    public void Open_DamagedFile_SaysItIsDamagedInOneLine()
    {
        var path = Path.Combine(_folder, "kompass.db");
        using (var store = LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()))
        {
            store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", store.StartRun()));
        }

        var bytes = File.ReadAllBytes(path);
        var garbage = Encoding.ASCII.GetBytes(new string('x', bytes.Length - 64));
        garbage.CopyTo(bytes, 64);
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<UserActionableException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create(), StoreAccess.ReadOnly));

        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Open_NewFileBesideTheJournalOfADeletedStore_RefusesToReplayIt()
    {
        var path = Path.Combine(_folder, "kompass.db");
        File.WriteAllBytes(Path.Combine(_folder, "kompass-log.db"), new byte[8192]);

        var e = Assert.Throws<UserActionableException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()));

        Assert.Contains("kompass-log.db", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_ReadOnlyMissingFile_SaysHowToCreateIt()
    {
        var path = Path.Combine(_folder, "missing.db");

        var e = Assert.Throws<UserActionableException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create(), StoreAccess.ReadOnly));

        Assert.Contains("kompass ingest", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_IsUserActionable()
    {
        var path = Path.Combine(_folder, "no", "such", "kompass.db");

        Assert.Throws<UserActionableException>(() => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create()));
    }
}
