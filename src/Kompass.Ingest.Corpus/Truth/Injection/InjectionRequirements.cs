using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Injection;

/// <summary>Makes sure a report prints what an injection alters (a percent mismatch needs a percent column).</summary>
public static class InjectionRequirements
{
    /// <summary>The print options of a report that will carry <paramref name="kind"/>.</summary>
    public static PrintOptions Apply(InjectionKind kind, PrintOptions prints, DocumentType type)
    {
        ArgumentNullException.ThrowIfNull(prints);
        return kind switch
        {
            InjectionKind.PercentMismatch or InjectionKind.PercentAbove100 => prints with { QuestionTables = true, Percent = true },
            InjectionKind.ScoreAboveMax or InjectionKind.MissingQuestion or InjectionKind.AreaMaxMismatch => prints with { QuestionTables = true },
            InjectionKind.QuestionSumMismatch => prints with { QuestionTables = true, TableTotal = true },
            InjectionKind.AreaScoreAbove100 or InjectionKind.TotalMismatchSmall or InjectionKind.TotalMismatchLarge => prints with { Summary = true },
            InjectionKind.SummarySectionMismatch => prints with { Summary = true, SectionScores = true },
            InjectionKind.MissingArea when type == DocumentType.KommunKompassenAnalysis => prints with { QuestionTables = true },
            InjectionKind.MissingArea => prints with { Summary = true },
            _ => prints,
        };
    }
}
