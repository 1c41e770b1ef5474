using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>What the document rules need besides the printed report: its question set and the official lists.</summary>
public sealed record RuleContext(QuestionSet? QuestionSet, MunicipalityDirectory Directory);
