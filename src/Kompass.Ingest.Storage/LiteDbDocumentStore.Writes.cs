using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Bson;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>The write side of <see cref="LiteDbDocumentStore"/>: one transaction per call.</summary>
public sealed partial class LiteDbDocumentStore
{
    // Documents marked seen per transaction: large enough that a second run of a big archive
    // commits a handful of times, small enough to keep a transaction's dirty pages in memory.
    private const int MarkSeenChunk = 1000;

    /// <inheritdoc />
    public int StartRun(RunStart start)
    {
        Guard.NotNull(start);
        return InTransaction(() =>
        {
            var id = _runs.Count() == 0 ? 1 : _runs.Max().AsInt32 + 1;
            _runs.Insert(ToBson(new IngestRunRecord
            {
                Id = id,
                Root = start.Root,
                StartedAt = start.StartedAt,
                ExtractorVersion = start.ExtractorVersion,
                PipelineVersion = start.PipelineVersion,
            }));
            return id;
        });
    }

    /// <inheritdoc />
    public bool RecordSeen(string sha256, string path, int runId)
        => InTransaction(() =>
        {
            var stored = Find(sha256);
            Guard.That(stored is not null, $"RecordSeen for a document the store does not hold ({sha256})");
            var isNewPath = !stored!.Paths.Contains(path, StringComparer.Ordinal);
            if (isNewPath || stored.LastSeenRun != runId)
            {
                _documents.Update(ToBson(stored with
                {
                    Paths = isNewPath ? [.. stored.Paths, path] : stored.Paths,
                    LastSeenRun = runId,
                }));
            }

            return isNewPath;
        });

    /// <inheritdoc />
    public void MarkSeen(IReadOnlyCollection<string> sha256s, int runId)
    {
        Guard.NotNull(sha256s);
        foreach (var chunk in sha256s.Chunk(MarkSeenChunk))
        {
            InTransaction(() =>
            {
                foreach (var sha256 in chunk)
                {
                    // Raw BSON on purpose: one field changes, so the record is not mapped both ways.
                    if (_documents.FindById(sha256) is { } doc && doc["lastSeenRun"] != runId)
                    {
                        doc["lastSeenRun"] = runId;
                        _documents.Update(doc);
                    }
                }

                return true;
            });
        }
    }

    /// <inheritdoc />
    public void Save(DocumentWrite write) => SaveAll([Guard.NotNull(write)]);

    /// <inheritdoc />
    public void SaveAll(IReadOnlyList<DocumentWrite> writes)
    {
        Guard.NotNull(writes);
        InTransaction(() =>
        {
            var stored = StoredAmong(writes);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var write in writes)
            {
                Guard.NotNull(write);

                // A hash written earlier in this batch is read again: the store now holds that write.
                var existing = written.Add(write.Sha256) ? stored.GetValueOrDefault(write.Sha256) : Find(write.Sha256);
                Write(write, existing);
            }

            return true;
        });
    }

    // The documents of a batch the store already holds, by hash, in one query: a look-up per
    // document cost a query's parse and plan each, for documents that are mostly new.
    private Dictionary<string, StoredDocument> StoredAmong(IReadOnlyList<DocumentWrite> writes)
    {
        var hashes = new BsonArray(writes.Select(w => new BsonValue(Guard.NotNull(w).Sha256)));
        return _documents.Find(BsonExpression.Create("_id IN @0", hashes))
            .Select(DocumentBson.Read)
            .ToDictionary(d => d.Sha256, StringComparer.Ordinal);
    }

    // One document's rows, inside the caller's transaction; existing is its record as stored, or null.
    private void Write(DocumentWrite write, StoredDocument? existing)
    {
        var extraction = write.Extraction;
        var paths = existing?.Paths ?? [];
        var document = ToBson(new StoredDocument
        {
            Sha256 = write.Sha256,
            Paths = paths.Contains(write.Path, StringComparer.Ordinal) ? paths : [.. paths, write.Path],
            FirstSeenRun = existing?.FirstSeenRun ?? write.RunId,
            LastSeenRun = write.RunId,
            Type = extraction.Type,
            Error = extraction.Type == DocumentType.Unreadable ? extraction.Error : null,
            ExtractorVersion = write.ExtractorVersion,
            PipelineVersion = write.PipelineVersion,
            PageCount = write.PageCount,
            MunicipalityCode = extraction.Municipality?.Code?.Value,
            Year = extraction.Year?.Value,
            Framework = extraction.Framework?.ToName(),
            StoredAt = write.ExtractedAt,
        });
        if (existing is null)
        {
            _documents.Insert(document);
        }
        else
        {
            _documents.Update(document);
        }

        // The extraction, flags, area scores, findings and evaluation row are only ever written
        // here, with the document's record, in one transaction: a document new to the store has
        // none, so there is nothing to look for, and its extraction is an insert, not an update
        // tried first. A known document's extraction by this version is replaced (by another
        // version, added beside it); the other rows belong to the current extraction, and a new
        // one replaces them all.
        var stored = ToBson(new StoredExtraction(
            write.Sha256, write.ExtractorVersion, write.PipelineVersion, write.RunId, write.ExtractedAt, extraction));
        if (existing is null)
        {
            _extractions.Insert(stored);
        }
        else
        {
            _extractions.Upsert(stored);
            DeleteExtractionRows(write.Sha256);
        }

        _flags.InsertBulk(write.Flags.Select((flag, i) => FlagBson.Write(write.Sha256, i + 1, flag)));
        _areaScores.InsertBulk(extraction.Areas.Where(a => a.Score is not null).Select(a => AreaScoreBson.Write(write.Sha256, extraction, a)));
        if (write.Findings.Count > 0)
        {
            _findingSets.Insert(FindingSetBson.Write(write.Sha256, write.Findings));
            _findingTerms.Insert(FindingTermsBson.Write(write.Sha256, write.Findings.SelectMany(r => r.Terms)));
        }

        if (EvaluationRow.From(write.Sha256, extraction) is { } evaluation)
        {
            _evaluations.Insert(EvaluationBson.Write(evaluation));
        }
    }

    // The rows derived from a document's extraction (its cross-document flags are the run's, not these).
    private void DeleteExtractionRows(string sha256)
    {
        _flags.DeleteMany(Filters.Equal("sha256", sha256, "scope", FlagBson.DocumentScope));
        _areaScores.DeleteMany(Filters.Equal("sha256", sha256));
        _findingSets.Delete(sha256);
        _findingTerms.Delete(sha256);
        _evaluations.Delete(sha256);
    }

    /// <inheritdoc />
    public void FinishRun(IngestRunRecord run)
    {
        Guard.NotNull(run);
        InTransaction(() => _runs.Update(ToBson(run)));
    }

    /// <inheritdoc />
    public void ReplaceCrossDocumentFlags(IReadOnlyDictionary<string, IReadOnlyList<Flag>> flags)
    {
        Guard.NotNull(flags);
        InTransaction(() =>
        {
            _flags.DeleteMany(Filters.Equal("scope", FlagBson.StoreScope));
            _flags.InsertBulk(flags.SelectMany(pair => pair.Value.Select((flag, i) => FlagBson.Write(pair.Key, i + 1, flag, FlagBson.StoreScope))));
            return true;
        });
    }
}
