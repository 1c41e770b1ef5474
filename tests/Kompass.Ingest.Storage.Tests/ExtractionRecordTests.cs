using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using LiteDB;

namespace Kompass.Ingest.Storage.Tests;

/// <summary>
/// The extraction row's binary record (<c>extractionRecord</c>) beside the BSON form of stores
/// before it (<c>extraction</c>): both read back the same; text with a lone surrogate is kept, with
/// a replacement char in its place; anything but a record of this version is the malformed-record error.
/// </summary>
public sealed class ExtractionRecordTests
{
    private const string Version = "x/1";

    [Fact]
    public void Row_OfThisStore_HoldsTheExtractionAsARecordOnly()
    {
        using var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        using var sut = new LiteDbDocumentStore(database);
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun()));

        var row = Row(database);

        Assert.True(row["extractionRecord"].IsBinary);
        Assert.Equal(1, row["extractionRecord"].AsBinary[0]);
        Assert.True(row["extraction"].IsNull);
    }

    [Fact]
    public void LegacyRow_WithTheExtractionAsBson_ReadsAsARecordRowDoes()
    {
        var extraction = SampleExtraction.Full();
        using var current = StoreFixture.InMemory();
        current.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", current.StartRun(), extraction));
        using var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        using var legacy = new LiteDbDocumentStore(database);
        legacy.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", legacy.StartRun(), extraction));
        MakeLegacy(database, extraction);

        Assert.Equal(Json(current.Extraction(StoreFixture.Sha('a'), Version)), Json(legacy.Extraction(StoreFixture.Sha('a'), Version)));
        Assert.Equal(Json(current.ExtractionScores(StoreFixture.Sha('a'), Version)), Json(legacy.ExtractionScores(StoreFixture.Sha('a'), Version)));
        Assert.Equal(Json(extraction), Json(legacy.ExtractionHistory(StoreFixture.Sha('a')).Single().Extraction));
    }

    [Fact]
    public void LoneSurrogate_IsStoredAsTheReplacementChar_AndAPairAsItIs()
    {
        var text = "Styrka \uD800 och \uD83D\uDE00 slut";
        var extraction = SampleExtraction.Full() with { Title = SampleExtraction.At(text, 1, text), Warnings = [text] };
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), extraction));

        var read = sut.Extraction(StoreFixture.Sha('a'), Version)!;

        const string Stored = "Styrka \uFFFD och \uD83D\uDE00 slut";
        Assert.Equal(Stored, read.Title!.Value);
        Assert.Equal(Stored, read.Title.Source.RawText);
        Assert.Equal([Stored], read.Warnings);
    }

    [Fact]
    public void Box_WithCoordinatesThatAreNoNumbers_ReadsBackTheSame()
    {
        var box = new BoundingBox(double.NaN, double.NegativeInfinity, double.PositiveInfinity, 0.1 + 0.2);
        var extraction = SampleExtraction.Full() with { Title = Sourced.Of("t", new Provenance(1, box, "t", "by")) };
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), extraction));

        var read = sut.Extraction(StoreFixture.Sha('a'), Version)!.Title!.Source.Box!.Value;

        Assert.True(double.IsNaN(read.Left));
        Assert.Equal(double.NegativeInfinity, read.Bottom);
        Assert.Equal(double.PositiveInfinity, read.Right);
        Assert.Equal(0.1 + 0.2, read.Top);
    }

    [Fact]
    public void Record_WithEveryOptionalValueMissing_ReadsBackAsNulls()
    {
        var bare = new ReportExtraction { Type = DocumentType.Unreadable, Areas = [new AreaExtraction { Number = 3 }] };
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), bare));

        Assert.Equal(Json(bare), Json(sut.Extraction(StoreFixture.Sha('a'), Version)));
    }

    public static TheoryData<string> Damages => new() { "empty", "another version", "cut short", "cut at the last byte", "a byte too many", "a list longer than the record", "no such type" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Row_WithARecordThisStoreDidNotWrite_IsTheMalformedRecordError(string damage)
    {
        using var database = new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create());
        using var sut = new LiteDbDocumentStore(database);
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), new ReportExtraction { Type = DocumentType.RelatedDocument }));
        var row = Row(database);
        var record = row["extractionRecord"].AsBinary;
        row["extractionRecord"] = damage switch
        {
            "empty" => [],
            "another version" => [2, .. record[1..]],
            "cut short" => record[..(record.Length / 2)],
            "cut at the last byte" => record[..^1],
            "a byte too many" => [.. record, 0],
            "a list longer than the record" => [1, .. Damaged(record[1..])],
            "no such type" => [1, 4, (byte)'n', (byte)'o', (byte)'n', (byte)'e', .. record[(2 + record[1])..]],
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        database.GetCollection(LiteDbDocumentStore.ExtractionsCollection).Update(row);

        var e = Assert.Throws<Domain.Guards.UserActionableException>(() => sut.Extraction(StoreFixture.Sha('a'), Version));

        Assert.Contains("malformed extraction record", e.Message, StringComparison.Ordinal);
    }

    // The related document's fields with its evaluators' count (the first list, after the type
    // and thirteen absent values) made huge.
    private static byte[] Damaged(byte[] fields)
    {
        var listAt = 1 + fields[0] + 13;
        Assert.Equal(0, fields[listAt]);
        return [.. fields[..listAt], 0xFF, 0xFF, 0xFF, 0xFF, 0x07, .. fields[(listAt + 1)..]];
    }

    private static BsonDocument Row(LiteDatabase database)
        => database.GetCollection(LiteDbDocumentStore.ExtractionsCollection).FindAll().Single();

    // Rewrites the one extraction row as stores before the JSON form wrote it.
    private static void MakeLegacy(LiteDatabase database, ReportExtraction extraction)
    {
        var row = Row(database);
        row.Remove("extractionRecord");
        row["extraction"] = database.Mapper.ToDocument(extraction);
        database.GetCollection(LiteDbDocumentStore.ExtractionsCollection).Update(row);
    }

    private static string Json(ReportExtraction? extraction) => System.Text.Json.JsonSerializer.Serialize(extraction);
}
