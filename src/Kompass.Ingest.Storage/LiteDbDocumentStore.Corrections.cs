using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Review;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>The reviewers' corrections and flag decisions: collections of their own, never touched by (re-)extraction.</summary>
public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public int AddCorrection(Correction correction)
    {
        Guard.NotNull(correction);
        Guard.That(correction.Id == 0, "a correction is added once; its number is the store's to give");
        return InTransaction(() =>
        {
            Guard.That(_documents.FindById(correction.Sha256) is not null, $"correction of unknown document {correction.Sha256}");
            var id = _corrections.Count() == 0 ? 1 : _corrections.Max("_id").AsInt32 + 1;
            _corrections.Insert(ToBson(correction with { Id = id }));
            return id;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<Correction> Corrections(string sha256)
        => _corrections.Find(Filters.Equal("sha256", sha256)).Select(FromBson<Correction>).OrderBy(c => c.Id).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Correction> AllCorrections()
        => _corrections.FindAll().Select(FromBson<Correction>).OrderBy(c => c.Id).ToList();

    /// <inheritdoc />
    public int AddFlagDecision(FlagDecision decision)
    {
        Guard.NotNull(decision);
        Guard.That(decision.Id == 0, "a flag decision is added once; its number is the store's to give");
        return InTransaction(() =>
        {
            Guard.That(_documents.FindById(decision.Sha256) is not null, $"flag decision on unknown document {decision.Sha256}");
            var id = _flagDecisions.Count() == 0 ? 1 : _flagDecisions.Max("_id").AsInt32 + 1;
            _flagDecisions.Insert(ToBson(decision with { Id = id }));
            return id;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<FlagDecision> FlagDecisions(string sha256)
        => _flagDecisions.Find(Filters.Equal("sha256", sha256)).Select(FromBson<FlagDecision>).OrderBy(d => d.Id).ToList();

    /// <inheritdoc />
    public IReadOnlyList<FlagDecision> AllFlagDecisions()
        => _flagDecisions.FindAll().Select(FromBson<FlagDecision>).OrderBy(d => d.Id).ToList();
}
