using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Truth;

/// <summary>
/// A flag the contract's rules raise on a generated document: code, severity, area and question
/// it concerns, and a one-line message with both values (for people reading the generator's notes;
/// the truth file keeps code, area and question, which is how eval matches flags).
/// </summary>
public sealed record TruthFlag(string Code, FlagSeverity Severity, int? Area, string? Question, string Message)
{
    /// <summary>The truth file's form of this flag.</summary>
    public ExpectedFlag ToExpected() => new(Code, Area, Question);
}
