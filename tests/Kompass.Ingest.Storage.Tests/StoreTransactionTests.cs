using Kompass.Ingest.Domain.Guards;
using LiteDB;

namespace Kompass.Ingest.Storage.Tests;

public sealed class StoreTransactionTests
{
    [Fact]
    public void Save_FailsAfterTheDocumentWasWritten_LeavesNoDocument()
    {
        var mapper = StoreBsonMapper.Create();
        mapper.RegisterType<StoredExtraction>(_ => throw new IOException("disk full"), _ => throw new IOException("disk full"));
        using var sut = new LiteDbDocumentStore(new LiteDatabase(new MemoryStream(), mapper));
        var run = sut.StartRun();

        Assert.Throws<IOException>(() => sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run)));

        Assert.Null(sut.Find(StoreFixture.Sha('a')));
        Assert.Empty(sut.Documents());
    }

    [Fact]
    public void SaveAll_StoresEveryDocumentOfTheBatch()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();

        sut.SaveAll([StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run), StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", run)]);

        Assert.Equal(["a.pdf", "b.pdf"], sut.Documents().Select(d => d.FirstPath));
    }

    [Fact]
    public void SaveAll_FailsOnALaterDocument_LeavesNoDocumentOfTheBatch()
    {
        var store = StoreBsonMapper.Create();
        var mapper = StoreBsonMapper.Create();
        mapper.RegisterType<StoredExtraction>(
            e => e.Sha256 == StoreFixture.Sha('b') ? throw new IOException("disk full") : store.ToDocument(e),
            v => store.ToObject<StoredExtraction>(v.AsDocument));
        using var sut = new LiteDbDocumentStore(new LiteDatabase(new MemoryStream(), mapper));
        var run = sut.StartRun();

        Assert.Throws<IOException>(() => sut.SaveAll([StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run), StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", run)]));

        Assert.Empty(sut.Documents());
    }

    [Fact]
    public void Constructor_DatabaseWithTheGlobalMapper_IsABug()
    {
        using var database = new LiteDatabase(new MemoryStream(), new BsonMapper());

        Assert.Throws<KompassBugException>(() => new LiteDbDocumentStore(database));
    }

    [Theory]
    [InlineData(LiteDbDocumentStore.DocumentsCollection, "type")]
    [InlineData(LiteDbDocumentStore.DocumentsCollection, "municipalityCode")]
    [InlineData(LiteDbDocumentStore.DocumentsCollection, "year")]
    [InlineData(LiteDbDocumentStore.ExtractionsCollection, "sha256")]
    public void Constructor_NewDatabase_CreatesTheIndexes(string collection, string index)
    {
        var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        using var sut = new LiteDbDocumentStore(database);

        var indexes = database.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(d => d["name"].AsString);

        Assert.Contains(index, indexes);
    }

    [Fact]
    public void Constructor_StoreLackingAnIndex_CreatesItAndKeepsTheOthers()
    {
        var stream = new MemoryStream();
        var database = new LiteDatabase(stream, StoreBsonMapper.Create());
        using (new LiteDbDocumentStore(database))
        {
            database.GetCollection(LiteDbDocumentStore.FlagsCollection).DropIndex("code");
        }

        var reopened = new LiteDatabase(stream, StoreBsonMapper.Create());
        using var sut = new LiteDbDocumentStore(reopened);

        var indexes = reopened.GetCollection("$indexes").FindAll().Select(d => $"{d["collection"].AsString}/{d["name"].AsString}={d["expression"].AsString}").ToList();
        Assert.Contains($"{LiteDbDocumentStore.FlagsCollection}/code=$.code", indexes);
        Assert.Contains($"{LiteDbDocumentStore.FindingSetsCollection}/themes=$.themes[*]", indexes);
        Assert.Equal(indexes.Count, indexes.Distinct(StringComparer.Ordinal).Count());
    }
}
