using LiteDB;

namespace Kompass.Ingest.Storage.Tests;

public sealed class FindingSetStoreTests
{
    [Fact]
    public void FindingsWithTermPrefix_ReturnsEachMatchingItemOnce_AndNotTheDocumentsOtherItems()
    {
        using var store = StoreFixture.InMemory();
        var run = store.StartRun();
        store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with
        {
            Findings =
            [
                Row('a', 1, "kommun", "kommunal"), // two terms with the prefix: still one hit
                Row('a', 2, "budget"),
            ],
        });
        store.Save(StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", run) with { Findings = [Row('b', 1, "kommunikation")] });

        var hits = store.FindingsWithTermPrefix("kommun").Select(r => (r.Sha256[0], r.Item)).Order().ToList();

        Assert.Equal([('a', 1), ('b', 1)], hits);
    }

    [Fact]
    public void FindingsWithTheme_ReturnsTheItemsOfThatThemeOnly()
    {
        using var store = StoreFixture.InMemory();
        var run = store.StartRun();
        store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with
        {
            Findings = [Row('a', 1, "dialog") with { Theme = "Dialog" }, Row('a', 2, "budget") with { Theme = "Ekonomi" }, Row('a', 3, "råd")],
        });

        Assert.Equal(2, Assert.Single(store.FindingsWithTheme("Ekonomi")).Item);
        Assert.Empty(store.FindingsWithTheme("ekonomi"));
    }

    [Fact]
    public void Save_AgainReplacesTheDocumentsFindings()
    {
        using var store = StoreFixture.InMemory();
        var run = store.StartRun();
        store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Findings = [Row('a', 1, "budget")] });
        store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Findings = [] });

        Assert.Empty(store.FindingsWithTermPrefix("budget"));
    }

    [Fact]
    public void OpeningAnOlderStore_MovesItsRowPerItemFindingsIntoSets()
    {
        var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        var legacy = database.GetCollection("findings");
        legacy.Insert(LegacyRow('a', item: 2, "budget"));
        legacy.Insert(LegacyRow('a', item: 1, "budgetarbete", "dialog"));
        legacy.Insert(LegacyRow('b', item: 1, "dialog"));

        using var store = new LiteDbDocumentStore(database);

        Assert.False(database.CollectionExists("findings"));
        Assert.Equal([1, 2], store.FindingsWithTermPrefix("budget").Select(r => r.Item).Order());
        Assert.Equal(["a", "b"], store.FindingsWithTermPrefix("dialog").Select(r => r.Sha256[..1]).Order());
    }

    [Fact]
    public void AnOlderStoreOpenedReadOnly_IsSearchedAsItIs()
    {
        var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        var legacy = database.GetCollection("findings");
        legacy.EnsureIndex("terms", "$.terms[*]");
        legacy.Insert(LegacyRow('a', item: 1, "budget"));

        using var store = new LiteDbDocumentStore(database, fileLock: null, readOnly: true);

        Assert.True(database.CollectionExists("findings"));
        Assert.Equal("budget text", Assert.Single(store.FindingsWithTermPrefix("budg")).Text);
    }

    [Fact]
    public void FindingsWithTermPrefix_MatchesTheStartOfATermOnly()
    {
        using var store = StoreFixture.InMemory();
        var run = store.StartRun();
        store.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run) with { Findings = [Row('a', 1, "medborgardialog")] });

        Assert.Single(store.FindingsWithTermPrefix("medborgar"));
        Assert.Empty(store.FindingsWithTermPrefix("dialog")); // inside a term, not at its start
    }

    [Fact]
    public void OpeningAStoreWithTheTermsIndex_MovesItsTermsOutAndDropsTheIndex()
    {
        var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        var sets = database.GetCollection(LiteDbDocumentStore.FindingSetsCollection);
        sets.EnsureIndex("terms", "$.terms[*]");
        sets.Insert(IndexedSet('a', LegacyRow('a', item: 1, "budgetarbete", "dialog")));
        sets.Insert(IndexedSet('b', LegacyRow('b', item: 1, "dialog")));

        using var store = new LiteDbDocumentStore(database);

        Assert.DoesNotContain(database.GetCollection("$indexes").FindAll(), i => i["collection"] == LiteDbDocumentStore.FindingSetsCollection && i["name"] == "terms");
        Assert.Equal(2, database.GetCollection(LiteDbDocumentStore.FindingTermsCollection).Count());
        Assert.Equal("budgetarbete text", Assert.Single(store.FindingsWithTermPrefix("budget")).Text);
        Assert.Equal(["a", "b"], store.FindingsWithTermPrefix("dialog").Select(r => r.Sha256[..1]).Order());
    }

    [Fact]
    public void AStoreWithTheTermsIndexOpenedReadOnly_IsSearchedThroughIt()
    {
        var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        var sets = database.GetCollection(LiteDbDocumentStore.FindingSetsCollection);
        sets.EnsureIndex("terms", "$.terms[*]");
        sets.Insert(IndexedSet('a', LegacyRow('a', item: 1, "budget")));

        using var store = new LiteDbDocumentStore(database, fileLock: null, readOnly: true);

        Assert.False(database.CollectionExists(LiteDbDocumentStore.FindingTermsCollection));
        Assert.Equal("budget text", Assert.Single(store.FindingsWithTermPrefix("budg")).Text);
    }

    private static FindingRow Row(char sha, int item, params string[] terms) => new()
    {
        Sha256 = StoreFixture.Sha(sha),
        Area = 3,
        Kind = FindingRow.StrengthKind,
        Item = item,
        Text = $"{terms[0]} text",
        Terms = terms,
    };

    // A row as stores before finding sets wrote it: one per item, its id the item's path.
    private static BsonDocument LegacyRow(char sha, int item, params string[] terms) => new()
    {
        ["_id"] = $"{StoreFixture.Sha(sha)}/3/strength/{item}",
        ["sha256"] = StoreFixture.Sha(sha),
        ["area"] = 3,
        ["kind"] = FindingRow.StrengthKind,
        ["item"] = item,
        ["text"] = $"{terms[0]} text",
        ["page"] = 4,
        ["municipalityCode"] = "1283",
        ["year"] = 2019,
        ["terms"] = new BsonArray(terms.Select(t => new BsonValue(t))),
    };

    // A finding set as stores before findingTerms wrote it: the document's terms in the row, for the multikey index.
    private static BsonDocument IndexedSet(char sha, BsonDocument legacyRow) => new()
    {
        ["_id"] = StoreFixture.Sha(sha),
        ["terms"] = legacyRow["terms"],
        ["themes"] = new BsonArray(),
        ["items"] = new BsonArray(legacyRow),
    };
}
