using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Web.Api.Json;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// Maps the review service's records to the API's JSON shapes, spelling enums as the export
/// contract does. Text goes out as it was extracted: the serializer escapes the characters HTML
/// cares about, and the pages set it as text, never as markup. Pure.
/// </summary>
public static class ApiJson
{
    /// <summary>One queue entry.</summary>
    public static QueueItemJson Of(QueueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var flag = entry.Flag;
        return new QueueItemJson(
            flag.Id,
            flag.Sha256,
            flag.Flag.Code,
            ContractNames.Of(flag.Flag.Severity),
            ContractNames.Of(flag.Status),
            entry.MunicipalityName,
            entry.Document.MunicipalityCode,
            entry.Document.Year,
            flag.Flag.Message,
            entry.Document.FirstPath);
    }

    /// <summary>One document under review.</summary>
    public static DocumentJson Of(DocumentReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var d = review.Document;
        return new DocumentJson(
            d.Sha256,
            d.Paths,
            ContractNames.Of(d.Type),
            review.MunicipalityName,
            d.MunicipalityCode,
            d.Year,
            d.PageCount,
            review.Values.Select(Of).ToList(),
            review.Flags.Select(Of).ToList(),
            review.StaleCorrections.Select(s => new StaleJson(s.Correction.Field, s.Correction.NewValue, s.Correction.Reviewer, s.Reason)).ToList());
    }

    /// <summary>One value.</summary>
    public static ValueJson Of(FieldValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ValueJson(value.Field, value.Area, value.Value, value.Extracted, value.Corrected, value.Source is { } s ? Of(s) : null);
    }

    /// <summary>One flag.</summary>
    public static FlagJson Of(ReviewedFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var f = flag.Flag;
        return new FlagJson(
            flag.Id,
            f.Code,
            ContractNames.Of(f.Severity),
            ContractNames.Of(flag.Status),
            f.Area,
            f.Question,
            f.Message,
            FlagFields.Suggested(f),
            f.Evidence.Select(Of).ToList());
    }

    /// <summary>One line of the audit trail.</summary>
    public static AuditJson Of(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditJson(entry.At, entry.Reviewer, Of(entry.Action), entry.Subject, entry.OldValue, entry.NewValue, entry.Reason);
    }

    /// <summary>What a correction did.</summary>
    public static CorrectionJson Of(CorrectionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Correction;
        return new CorrectionJson(c.Field, c.OldValue, c.NewValue, outcome.Resolved.Select(Of).ToList(), outcome.Raised.Select(Of).ToList());
    }

    private static PlaceJson Of(Provenance source)
        => new(source.Page, source.Box is { } b ? new BoxJson(b.Left, b.Bottom, b.Right, b.Top) : null, source.RawText);

    private static string Of(AuditAction action) => action switch
    {
        AuditAction.Correct => "correct",
        AuditAction.Undo => "undo",
        AuditAction.Dismiss => "dismiss",
        AuditAction.Reopen => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
