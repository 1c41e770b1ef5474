using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Storage.Tests;

public sealed class SharedStoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-shared-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Db => Path.Combine(_folder, "kompass.db");

    [Fact]
    public void Use_WhileAnotherHoldsTheStoreForAMoment_WaitsForItsTurn()
    {
        var holder = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create());
        using var released = Task.Run(async () =>
        {
            await Task.Delay(300);
            holder.Dispose();
        });
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite, TimeSpan.FromSeconds(30));

        var runId = sut.Use(store => store.StartRun(new RunStart("archive", DateTimeOffset.UnixEpoch, "x/1", "p/1")));

        Assert.True(released.IsCompleted);
        Assert.Equal(1, runId);
    }

    [Fact]
    public void Use_WhenTheStoreStaysHeldPastTheWait_SaysInOneLineThatItIsInUse()
    {
        using var holder = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create());
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly, TimeSpan.FromMilliseconds(300));

        var e = Assert.Throws<StoreBusyException>(() => sut.Use(store => store.Documents()));

        Assert.Contains("in use by another kompass process", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Use_ClosesTheStoreAfterEachUse_SoAnotherProcessCanOpenIt()
    {
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite, TimeSpan.Zero);
        sut.Use(store => store.StartRun(new RunStart("archive", DateTimeOffset.UnixEpoch, "x/1", "p/1")));

        using var other = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly);

        Assert.Single(other.Runs());
    }

    [Fact]
    public void Use_DamagedFile_FailsAtOnceWithoutWaiting()
    {
        File.WriteAllText(Db, "not a store at all, just some text that is long enough to have a header");
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly, TimeSpan.FromMinutes(10));

        var e = Assert.Throws<UserActionableException>(() => sut.Use(store => store.Documents()));

        Assert.Contains("not a kompass store", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_FileChangedByAnotherProgramSinceTheLastUse_IsMadeReadyAgain()
    {
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite, TimeSpan.Zero);
        sut.Use(store => store.StartRun(new RunStart("archive", DateTimeOffset.UnixEpoch, "x/1", "p/1")));
        using (var other = new LiteDB.LiteDatabase(Db))
        {
            other.GetCollection(LiteDbDocumentStore.DocumentsCollection).DropIndex("type");
            other.GetCollection("other").Insert(new LiteDB.BsonDocument { ["text"] = new string('x', 20_000) });
        }

        sut.Use(store => store.Documents());

        Assert.Contains("type", IndexesOfDocuments());
    }

    [Fact]
    public void Use_FileAsTheLastUseLeftIt_IsNotMadeReadyAgain()
    {
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite, TimeSpan.Zero);
        sut.Use(store => store.StartRun(new RunStart("archive", DateTimeOffset.UnixEpoch, "x/1", "p/1")));
        var (length, written) = (new FileInfo(Db).Length, File.GetLastWriteTimeUtc(Db));
        using (var other = new LiteDB.LiteDatabase(Db))
        {
            other.GetCollection(LiteDbDocumentStore.DocumentsCollection).DropIndex("type");
        }

        // The change hidden, as if made within the clock tick of the last use's close.
        Assert.Equal(length, new FileInfo(Db).Length);
        File.SetLastWriteTimeUtc(Db, written);

        sut.Use(store => store.Documents());

        Assert.DoesNotContain("type", IndexesOfDocuments());
    }

    [Fact]
    public void Use_FileDamagedSinceTheLastUse_SaysItIsDamaged()
    {
        var sut = new SharedStoreFile(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite, TimeSpan.Zero);
        sut.Use(store => store.StartRun(new RunStart("archive", DateTimeOffset.UnixEpoch, "x/1", "p/1")));
        var bytes = File.ReadAllBytes(Db);
        Array.Fill(bytes, (byte)'x', 64, bytes.Length - 64);
        File.WriteAllBytes(Db, [.. bytes, .. new byte[8192]]);

        var e = Assert.Throws<UserActionableException>(() => sut.Use(store => store.Documents()));

        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    private List<string> IndexesOfDocuments()
    {
        using var raw = new LiteDB.LiteDatabase($"Filename={Db};ReadOnly=true");
        return raw.GetCollection("$indexes").Find(LiteDB.Query.EQ("collection", LiteDbDocumentStore.DocumentsCollection))
            .Select(i => i["name"].AsString)
            .ToList();
    }
}
