using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>
/// The framework revision and question set a document follows, with the evidence in one line and
/// whether the runner-up came close (<see cref="Uncertain"/>).
/// </summary>
public sealed record FrameworkDecision(FrameworkRevision Revision, string QuestionSet, string Evidence, bool Uncertain);
