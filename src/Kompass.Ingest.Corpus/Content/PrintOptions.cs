namespace Kompass.Ingest.Corpus.Content;

/// <summary>Which optional parts one report prints, drawn once from its <see cref="ReportProfile"/>.</summary>
public sealed record PrintOptions(
    bool Summary,
    bool SectionScores,
    bool QuestionTables,
    bool Percent,
    bool TableTotal,
    bool HalfPoints)
{
    /// <summary>Draws the options for one report.</summary>
    public static PrintOptions Draw(ReportProfile profile, Random random)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(random);
        var summary = random.Chance(profile.SummaryShare);
        // A report prints each area's score somewhere: without a summary table, in the sections.
        var sections = !summary || random.Chance(profile.SectionScoreShare);
        return new PrintOptions(
            summary,
            sections,
            random.Chance(profile.QuestionTableShare),
            random.Chance(profile.PercentShare),
            random.Chance(profile.TableTotalShare),
            random.Chance(profile.HalfPointShare));
    }
}
