using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Storage.Bson;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>
/// Builds the <see cref="BsonMapper"/> the store runs on. Every stored record is mapped by hand
/// (no reflection, no attributes on domain types), registered on a fresh mapper instance rather
/// than <see cref="BsonMapper.Global"/>, so the composition root decides the mapping and nothing
/// else in the process can change it.
/// </summary>
public static class StoreBsonMapper
{
    // Reflection would map this record without an _id (it has no Id property); the hand mapping keys it by hash.
    private static readonly StoredDocument Probe = new()
    {
        Sha256 = new string('0', 64),
        Paths = ["probe"],
        FirstSeenRun = 0,
        LastSeenRun = 0,
        Type = DocumentType.Unreadable,
        ExtractorVersion = "probe",
        PipelineVersion = "probe",
        StoredAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>A new mapper with the store's records registered.</summary>
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper();
        mapper.RegisterType<StoredDocument>(DocumentBson.Write, v => DocumentBson.Read(v.AsDocument));
        mapper.RegisterType<StoredExtraction>(StoredExtractionBson.Write, v => StoredExtractionBson.Read(v.AsDocument));
        mapper.RegisterType<ReportExtraction>(ExtractionBson.Write, v => ExtractionBson.Read(v.AsDocument));
        mapper.RegisterType<IngestRunRecord>(RunBson.Write, v => RunBson.Read(v.AsDocument));
        mapper.RegisterType<Correction>(CorrectionBson.Write, v => CorrectionBson.Read(v.AsDocument));
        mapper.RegisterType<FlagDecision>(FlagDecisionBson.Write, v => FlagDecisionBson.Read(v.AsDocument));
        return mapper;
    }

    /// <summary>True when <paramref name="mapper"/> carries the store's registrations (a check for hosts that build their own database).</summary>
    public static bool IsConfigured(BsonMapper mapper)
        => mapper.ToDocument(Probe)["_id"] == Probe.Sha256;
}
