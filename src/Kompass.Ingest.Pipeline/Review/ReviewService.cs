using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Corrections;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// What reviewers do, for the terminal verbs and the browser alike: the flag queue, one
/// document's values and flags, corrections, dismissals, undo and the audit trail. Every write is
/// appended (corrections and flag decisions are never changed or removed), so the audit trail is
/// the store's own record. Anything a reviewer typed wrong is a <see cref="UserActionableException"/>
/// that says what to type instead; nothing is stored then.
/// </summary>
public sealed class ReviewService(IDocumentStore store, FlagReview flagReview, MunicipalityLookup municipalities, TimeProvider time)
{
    private static readonly ExportDocumentMapper Mapper = new();

    private readonly IDocumentStore _store = Guard.NotNull(store);
    private readonly FlagReview _flagReview = Guard.NotNull(flagReview);
    private readonly MunicipalityLookup _municipalities = Guard.NotNull(municipalities);
    private readonly DocumentFinder _finder = new(store, municipalities);
    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>The stored document <paramref name="doc"/> names (hash prefix or "Municipality YEAR").</summary>
    public StoredDocument Find(string doc) => _finder.Find(doc);

    /// <summary>The official code of the municipality or region <paramref name="name"/> names (any printed form, or the code).</summary>
    public string MunicipalityCodeOf(string name) => _municipalities.CodeOf(name);

    /// <summary>The flags of the whole store that pass <paramref name="query"/>: errors first, then warnings, then by document and the flag's order.</summary>
    public IReadOnlyList<QueueEntry> Queue(FlagQuery query)
    {
        Guard.NotNull(query);
        var corrections = _store.AllCorrections().ToLookup(c => c.Sha256, StringComparer.Ordinal);
        var decisions = _store.AllFlagDecisions().ToLookup(d => d.Sha256, StringComparer.Ordinal);
        var flags = _store.AllFlags();
        var entries = new List<QueueEntry>();
        foreach (var document in _store.Documents().Where(query.MatchesDocument))
        {
            var stored = flags.GetValueOrDefault(document.Sha256) ?? [];
            if (stored.Count == 0 && !corrections.Contains(document.Sha256))
            {
                continue;
            }

            var reviewed = _flagReview.Of(document.Sha256, () => Extraction(document), stored, corrections[document.Sha256].ToList(), decisions[document.Sha256].ToList());
            entries.AddRange(reviewed.Where(query.MatchesFlag).Select(flag => new QueueEntry(flag, document, _municipalities.NameOf(document.MunicipalityCode))));
        }

        return entries
            .OrderByDescending(e => e.Flag.Flag.Severity)
            .ThenBy(e => e.Document.FirstPath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One document as a reviewer sees it: its values (corrections applied) with their pages, and its flags with their status.</summary>
    public DocumentReview Document(string sha256)
    {
        var document = Known(sha256);
        var extracted = Extraction(document);
        var corrections = _store.Corrections(sha256);
        var effective = ExtractionCorrector.Apply(extracted, corrections);
        var flags = _flagReview.Of(sha256, () => extracted, _store.Flags(sha256), corrections, _store.FlagDecisions(sha256));
        var stale = CorrectionApplier.Apply(Mapper.Map(new ExportSource(sha256, document.FirstPath, extracted)), corrections).Stale;
        return new DocumentReview(document, _municipalities.NameOf(document.MunicipalityCode), DocumentValues.Of(extracted, effective), flags, stale) { Notes = extracted.Warnings };
    }

    /// <summary>
    /// Corrects one field of a document and returns what it changed: the correction as stored and
    /// the flags it resolved or raised. A field the document does not have, or a value that does
    /// not fit it, is refused with the reason.
    /// </summary>
    public CorrectionOutcome Correct(string sha256, string field, string? value, string reviewer, string reason)
    {
        RequireWho(reviewer, reason);
        var before = Document(sha256);
        var path = FieldPath.TryParse(Guard.NotNull(field))
            ?? throw new UserActionableException($"'{field}' is not a field: use a path such as year, total, areas[3].score, areas[3].questions[3.2].score or areas[3].strengths[2] (`kompass show` lists them)");
        var newValue = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var correction = new Correction
        {
            Sha256 = sha256,
            Field = path.ToString(),
            OldValue = before.Values.FirstOrDefault(v => v.Field == path.ToString())?.Value,
            NewValue = newValue,
            Reviewer = reviewer.Trim(),
            At = _time.GetUtcNow(),
            Reason = reason.Trim(),
        };
        RefuseIfItWouldNotApply(before.Document, correction);
        var id = _store.AddCorrection(correction);
        return Outcome(before, correction with { Id = id });
    }

    /// <summary>Dismisses an open flag (the printed report really is inconsistent).</summary>
    public ReviewedFlag Dismiss(string flagId, string reviewer, string reason)
        => Decide(flagId, FlagDecisionKind.Dismiss, reviewer, reason);

    /// <summary>Takes a dismissal back: the flag is open again.</summary>
    public ReviewedFlag Reopen(string flagId, string reviewer, string reason)
        => Decide(flagId, FlagDecisionKind.Reopen, reviewer, reason);

    /// <summary>
    /// Takes back the latest correction or dismissal on a document that is still in force: a
    /// correction by an undo record (the value goes back to what it was), a dismissal by reopening.
    /// </summary>
    public AuditEntry Undo(string sha256, string reviewer, string reason)
    {
        RequireWho(reviewer, reason);
        var review = Document(sha256);
        var lastCorrection = CorrectionsInForce.Of(_store.Corrections(sha256)).LastOrDefault();
        var lastDismissal = review.Flags.Select(f => f.Dismissal).OfType<FlagDecision>().MaxBy(d => d.At);
        if (lastCorrection is null && lastDismissal is null)
        {
            throw new UserActionableException("nothing to undo: the document has no correction or dismissal in force");
        }

        if (lastDismissal is not null && (lastCorrection is null || lastDismissal.At >= lastCorrection.At))
        {
            Decide(lastDismissal.FlagId, FlagDecisionKind.Reopen, reviewer, reason);
        }
        else
        {
            var current = review.Values.FirstOrDefault(v => v.Field == lastCorrection!.Field)?.Value;
            _store.AddCorrection(new Correction
            {
                Sha256 = sha256,
                Field = lastCorrection!.Field,
                OldValue = current,
                NewValue = lastCorrection.OldValue,
                Reviewer = reviewer.Trim(),
                At = _time.GetUtcNow(),
                Reason = reason.Trim(),
                Reverts = lastCorrection.Id,
            });
        }

        return History(sha256)[^1];
    }

    /// <summary>The audit trail of a document: every correction, undo, dismissal and reopening, oldest first.</summary>
    public IReadOnlyList<AuditEntry> History(string sha256)
    {
        Known(sha256);
        return _store.Corrections(sha256).Select(AuditEntry.Of)
            .Concat(_store.FlagDecisions(sha256).Select(AuditEntry.Of))
            .OrderBy(e => e.At)
            .ThenBy(e => e.Sequence)
            .ToList();
    }

    private ReviewedFlag Decide(string flagId, FlagDecisionKind kind, string reviewer, string reason)
    {
        RequireWho(reviewer, reason);
        var flag = FindFlag(Guard.NotNull(flagId).Trim());
        var verb = kind == FlagDecisionKind.Dismiss ? "dismiss" : "reopen";
        var allowed = kind == FlagDecisionKind.Dismiss ? FlagStatus.Open : FlagStatus.Dismissed;
        if (flag.Status != allowed)
        {
            throw new UserActionableException($"flag {flag.Id} is {ContractNames.Of(flag.Status)}: only a{(kind == FlagDecisionKind.Dismiss ? "n open" : " dismissed")} flag can be {verb}ed");
        }

        _store.AddFlagDecision(new FlagDecision
        {
            Sha256 = flag.Sha256,
            FlagId = flag.Id,
            Code = flag.Flag.Code,
            Kind = kind,
            Reviewer = reviewer.Trim(),
            At = _time.GetUtcNow(),
            Reason = reason.Trim(),
        });
        return Document(flag.Sha256).Flags.Single(f => f.Id == flag.Id);
    }

    // A flag id is typed from `kompass flags`: a prefix of at least 6 of its 10 digits will do.
    private ReviewedFlag FindFlag(string flagId)
    {
        if (flagId.Length < 6)
        {
            throw new UserActionableException($"'{flagId}' is too short for a flag id: give at least 6 of the digits `kompass flags` prints");
        }

        var matches = Queue(FlagQuery.Everything).Where(e => e.Flag.Id.StartsWith(flagId, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0].Flag,
            0 => throw new UserActionableException($"no flag has the id '{flagId}'; `kompass flags --status all` lists every flag with its id"),
            _ => throw new UserActionableException($"'{flagId}' matches {matches.Count} flags; give more of its digits"),
        };
    }

    private void RefuseIfItWouldNotApply(StoredDocument document, Correction correction)
    {
        var contract = Mapper.Map(new ExportSource(document.Sha256, document.FirstPath, Extraction(document)));
        var effective = CorrectionApplier.Apply(contract, _store.Corrections(document.Sha256)).Document;
        if (CorrectionApplier.Apply(effective, [correction with { Id = int.MaxValue }]).Stale is [var stale, ..])
        {
            throw new UserActionableException($"cannot correct {correction.Field}: {stale.Reason}");
        }
    }

    private CorrectionOutcome Outcome(DocumentReview before, Correction stored)
    {
        var after = Document(before.Document.Sha256);
        var wasResolved = before.Flags.Where(f => f.Status == FlagStatus.Resolved).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var hadIds = before.Flags.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return new CorrectionOutcome(
            stored,
            after.Flags.Where(f => f.Status == FlagStatus.Resolved && !wasResolved.Contains(f.Id)).ToList(),
            after.Flags.Where(f => f.Status == FlagStatus.Open && !hadIds.Contains(f.Id)).ToList());
    }

    private StoredDocument Known(string sha256)
        => _store.Find(Guard.NotNull(sha256)) ?? throw new UserActionableException($"the store holds no document {sha256}");

    private ReportExtraction Extraction(StoredDocument document)
        => _store.Extraction(document.Sha256, document.ExtractorVersion)
           ?? throw new KompassBugException($"document {document.Sha256} has no extraction for {document.ExtractorVersion}: both are saved in one transaction");

    private static void RequireWho(string reviewer, string reason)
    {
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            throw new UserActionableException("say who you are: a reviewer name is required (--reviewer NAME, or KOMPASS_REVIEWER)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new UserActionableException("say why: a reason is required (--reason \"…\")");
        }
    }
}
