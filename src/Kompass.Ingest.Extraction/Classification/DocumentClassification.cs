using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Classification;

/// <summary>
/// What the classifier decided and why: <see cref="Reason"/> is one line naming the evidence (for
/// <see cref="DocumentType.Unreadable"/> it is the error a person can act on), and
/// <see cref="Signals"/> are the facts it weighed.
/// </summary>
public sealed record DocumentClassification(DocumentType Type, string Reason, DocumentSignals Signals);
