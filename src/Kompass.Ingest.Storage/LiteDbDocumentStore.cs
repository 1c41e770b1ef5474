using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Bson;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>
/// The document store on LiteDB. Collections: <c>documents</c> (one per SHA-256, the <c>_id</c>;
/// paths, first/last seen run, type, versions, page count; indexed on type, municipalityCode,
/// year and framework), <c>extractions</c> (the raw <see cref="ReportExtraction"/> per document and extractor
/// version, as one binary record: <see cref="Records.ExtractionRecordWriter"/>; indexed on sha256), <c>corrections</c> (reviewer corrections, indexed on sha256: a
/// collection of their own, so re-extraction never touches them), <c>flagDecisions</c> (reviewers'
/// dismissals and reopenings of flags by stable flag id, indexed on sha256; kept apart for the same reason), <c>flags</c> (the flags of each
/// document's current extraction, indexed on sha256, status and code), <c>areaScores</c> (one row per
/// document and scored area as extracted, indexed on area, year and municipalityCode, for analysts'
/// queries across documents; corrections are applied on top), <c>evaluations</c> (one compact row of
/// scores per scored document as extracted, indexed on municipalityCode and year, for trends),
/// <c>findingSets</c> (one row per document with its strengths and improvements, multikey-indexed on
/// their themes), <c>findingTerms</c> (one small row per document with their search terms, read
/// whole by a search: see <see cref="FindingTermsCollection"/>) and <c>runs</c> (one per ingest run).
/// Every write is one transaction. Not thread-safe: LiteDB transactions belong to a thread.
/// </summary>
public sealed partial class LiteDbDocumentStore : IDocumentStore
{
    /// <summary>The collection of documents, one per SHA-256.</summary>
    public const string DocumentsCollection = "documents";

    /// <summary>The collection of raw extractions, one per document and extractor version.</summary>
    public const string ExtractionsCollection = "extractions";

    /// <summary>The collection of ingest runs.</summary>
    public const string RunsCollection = "runs";

    /// <summary>The collection of reviewer corrections.</summary>
    public const string CorrectionsCollection = "corrections";

    /// <summary>The collection of reviewers' decisions on flags (dismiss, reopen).</summary>
    public const string FlagDecisionsCollection = "flagDecisions";

    /// <summary>The collection of flags, one row per flag of a document's current extraction.</summary>
    public const string FlagsCollection = "flags";

    /// <summary>The collection of each scored document's scores as extracted, compact, for trend queries.</summary>
    public const string EvaluationsCollection = "evaluations";

    /// <summary>
    /// The collection of strengths and improvements with their search terms, for full-text search:
    /// one row per document (see <see cref="FindingSetBson"/>). A row per item, as stores before
    /// it had, cost about 300 entries of the terms index a report; the distinct terms of the whole
    /// report are about 160, and one row instead of 46 spares their primary-key and <c>sha256</c>
    /// entries: storing a document of the sample allocates 4.4 MB instead of 9.7 MB.
    /// </summary>
    public const string FindingSetsCollection = "findingSets";

    /// <summary>
    /// The collection of each document's search terms, one small row per document (see
    /// <see cref="FindingTermsBson"/>), which a search reads whole. Stores before it kept a multikey
    /// index over the finding sets' terms instead: about 210 distinct terms a report, each an
    /// insert into a skip list that reads some 40 nodes from pages all over the index. That was
    /// most of the store's work for a document (about 80 % of its allocation, 4.9 of 6.1 MB), and
    /// the pages a batch read grew with the store, and with them the memory of a long ingest. A
    /// search now reads every document's row, about 2 KB, instead of an index range: a few tens of
    /// milliseconds at thousands of documents (README, Benchmark).
    /// </summary>
    public const string FindingTermsCollection = "findingTerms";

    // The row-per-item collection of older stores, moved into finding sets when a store opens for writing.
    private const string LegacyFindingsCollection = "findings";

    // The multikey index over the finding sets' terms that older stores kept; its terms move into
    // findingTerms when such a store opens for writing, and it is dropped once they have.
    private const string LegacyTermsIndex = "terms";
    private const string LegacyTermsExpression = "$.terms[*]";

    // Documents whose terms move out of the legacy index per transaction.
    private const int TermsMovedPerTransaction = 200;

    // The multikey index over every row's themes.
    private const string ThemesIndex = "themes";
    private const string ThemesExpression = "$.themes[*]";

    /// <summary>The collection of area scores as extracted, one row per document and scored area, for queries across documents.</summary>
    public const string AreaScoresCollection = "areaScores";

    // The indexes of a writable store: collection, name and expression, as LiteDB lists them in
    // $indexes (EnsureIndex("type") names its index "type", over "$.type").
    private static readonly (string Collection, string Name, string Expression)[] WrittenIndexes =
    [
        (DocumentsCollection, "type", "$.type"),
        (DocumentsCollection, "municipalityCode", "$.municipalityCode"),
        (DocumentsCollection, "year", "$.year"),
        (DocumentsCollection, "framework", "$.framework"),
        (ExtractionsCollection, "sha256", "$.sha256"),
        (CorrectionsCollection, "sha256", "$.sha256"),
        (FlagDecisionsCollection, "sha256", "$.sha256"),
        (FlagsCollection, "sha256", "$.sha256"),
        (FlagsCollection, "status", "$.status"),
        (FlagsCollection, "code", "$.code"),
        (AreaScoresCollection, "sha256", "$.sha256"),
        (AreaScoresCollection, "area", "$.area"),
        (AreaScoresCollection, "year", "$.year"),
        (AreaScoresCollection, "municipalityCode", "$.municipalityCode"),
        (EvaluationsCollection, "municipalityCode", "$.municipalityCode"),
        (EvaluationsCollection, "year", "$.year"),
        (FindingSetsCollection, ThemesIndex, ThemesExpression),
    ];

    private readonly LiteDatabase _db;
    private readonly IDisposable? _fileLock;
    private readonly ILiteCollection<BsonDocument> _documents;
    private readonly ILiteCollection<BsonDocument> _extractions;
    private readonly ILiteCollection<BsonDocument> _runs;
    private readonly ILiteCollection<BsonDocument> _corrections;
    private readonly ILiteCollection<BsonDocument> _flags;
    private readonly ILiteCollection<BsonDocument> _flagDecisions;
    private readonly ILiteCollection<BsonDocument> _areaScores;
    private readonly ILiteCollection<BsonDocument> _evaluations;
    private readonly ILiteCollection<BsonDocument> _findingSets;
    private readonly ILiteCollection<BsonDocument> _findingTerms;

    // A store opened read-only before its findings were moved into sets is searched as it is.
    private readonly ILiteCollection<BsonDocument>? _legacyFindings;

    // A store opened read-only before its terms moved out of the index is searched through it.
    private readonly bool _legacyTermsIndex;

    /// <summary>
    /// A store over an open database (tests use <c>new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create())</c>).
    /// The database must have been opened with a mapper from <see cref="StoreBsonMapper.Create"/>.
    /// The store owns the database and disposes it.
    /// </summary>
    public LiteDbDocumentStore(LiteDatabase database)
        : this(database, fileLock: null, readOnly: false)
    {
    }

    // A store that is <paramref name="ready"/> was made ready for writing by an earlier open of this
    // process and has not changed since (see StoreFileMemory): its indexes exist and nothing of an
    // older layout is left to move.
    internal LiteDbDocumentStore(LiteDatabase database, IDisposable? fileLock, bool readOnly, bool ready = false)
    {
        _db = Guard.NotNull(database);
        Guard.That(StoreBsonMapper.IsConfigured(database.Mapper), "the store's database must be opened with StoreBsonMapper.Create()");
        _fileLock = fileLock;
        _documents = database.GetCollection(DocumentsCollection);
        _extractions = database.GetCollection(ExtractionsCollection);
        _runs = database.GetCollection(RunsCollection, BsonAutoId.Int32);
        _corrections = database.GetCollection(CorrectionsCollection);
        _flags = database.GetCollection(FlagsCollection);
        _flagDecisions = database.GetCollection(FlagDecisionsCollection);
        _areaScores = database.GetCollection(AreaScoresCollection);
        _evaluations = database.GetCollection(EvaluationsCollection);
        _findingSets = database.GetCollection(FindingSetsCollection);
        _findingTerms = database.GetCollection(FindingTermsCollection);
        if (readOnly)
        {
            _legacyFindings = database.CollectionExists(LegacyFindingsCollection) ? database.GetCollection(LegacyFindingsCollection) : null;
            _legacyTermsIndex = _legacyFindings is null && HasLegacyTermsIndex();
        }
        else if (!ready)
        {
            EnsureIndexes();
            MoveLegacyFindingsIntoSets();
            MoveTermsOutOfTheLegacyIndex();
        }
    }

    // Creates the indexes the store lacks. A shared store opens for every batch, and LiteDB's
    // EnsureIndex parses its expression and takes the collection for writing even when the index
    // is there: seventeen times an open. One read of the index list finds the ones already made.
    private void EnsureIndexes()
    {
        var present = _db.GetCollection("$indexes").FindAll()
            .Select(i => (Collection: i["collection"].AsString, Name: i["name"].AsString, Expression: i["expression"].AsString))
            .ToHashSet();
        foreach (var index in WrittenIndexes)
        {
            if (!present.Contains(index))
            {
                _db.GetCollection(index.Collection).EnsureIndex(index.Name, BsonExpression.Create(index.Expression));
            }
        }
    }

    // Writes every finding set's terms into findingTerms, a few hundred documents per transaction
    // (an upsert, so a move cut short is simply done again at the next open), then drops the
    // index: while it exists, the move is not complete.
    private void MoveTermsOutOfTheLegacyIndex()
    {
        if (!HasLegacyTermsIndex())
        {
            return;
        }

        var sets = _findingSets.Query().Select(BsonExpression.Create("{ _id: $._id, terms: $.terms }")).ToEnumerable().ToList();
        foreach (var chunk in sets.Chunk(TermsMovedPerTransaction))
        {
            InTransaction(() =>
            {
                foreach (var set in chunk)
                {
                    var terms = set["terms"].IsArray ? set["terms"].AsArray.Where(t => t.IsString).Select(t => t.AsString) : [];
                    _findingTerms.Upsert(FindingTermsBson.Write(set["_id"].AsString, terms));
                }

                return chunk.Length;
            });
        }

        _findingSets.DropIndex(LegacyTermsIndex);
    }

    private bool HasLegacyTermsIndex()
        => _db.GetCollection("$indexes").Exists(Filters.Equal("collection", FindingSetsCollection, "name", LegacyTermsIndex));

    // One transaction per document moves its rows into a set (an upsert, so a move cut short is
    // simply done again at the next open); the old collection goes once all are moved.
    private void MoveLegacyFindingsIntoSets()
    {
        if (!_db.CollectionExists(LegacyFindingsCollection))
        {
            return;
        }

        var legacy = _db.GetCollection(LegacyFindingsCollection);
        var documents = legacy.Query().Select(BsonExpression.Create("$.sha256")).ToEnumerable()
            .Select(row => row["sha256"])
            .Where(sha256 => sha256.IsString) // a row without one is damaged, unreadable, and goes with the old collection
            .Select(sha256 => sha256.AsString)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var sha256 in documents)
        {
            InTransaction(() =>
            {
                var rows = legacy.Find(Filters.Equal("sha256", sha256)).Select(FindingBson.Read)
                    .OrderBy(r => r.Area).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Item)
                    .ToList();
                _findingTerms.Upsert(FindingTermsBson.Write(sha256, rows.SelectMany(r => r.Terms)));
                return _findingSets.Upsert(FindingSetBson.Write(sha256, rows));
            });
        }

        _db.DropCollection(LegacyFindingsCollection);
    }

    /// <summary>
    /// Opens (or creates) the store file at <paramref name="path"/>. A file that is not a LiteDB
    /// file, is damaged, or is held by another process is a <see cref="UserActionableException"/>.
    /// </summary>
    public static LiteDbDocumentStore Open(string path, BsonMapper mapper, StoreAccess access = StoreAccess.ReadWrite)
        => StoreFile.Open(path, mapper, access);

    /// <inheritdoc />
    public void Dispose()
    {
        _db.Dispose();
        _fileLock?.Dispose();
    }

    private BsonDocument ToBson<T>(T record) => _db.Mapper.ToDocument(record);

    private T FromBson<T>(BsonDocument doc) => _db.Mapper.ToObject<T>(doc);

    private T InTransaction<T>(Func<T> work)
    {
        Guard.That(_db.BeginTrans(), "a store transaction is already open on this thread");
        try
        {
            var result = work();
            _db.Commit();
            return result;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }
}
