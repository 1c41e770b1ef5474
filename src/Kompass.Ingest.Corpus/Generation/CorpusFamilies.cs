using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Rendering;
using Kompass.Ingest.Corpus.Rendering.HeldOut;

namespace Kompass.Ingest.Corpus.Generation;

/// <summary>
/// The sample archive's mix: each family with its weight, the number of documents it gets in an
/// archive of 80 (the generator scales the weights to the count asked for). The scored families
/// weigh 56; memos, related documents, bad files and stray non-documents the other 24.
/// </summary>
public static class CorpusFamilies
{
    /// <summary>The scored families: analyses of every era, feedback, Regionkompassen.</summary>
    public static IReadOnlyList<CorpusFamilyShare> Scored() =>
    [
        Share(ScoredProfiles.Analysis2002, new Analysis2002Renderer(), 6),
        Share(ScoredProfiles.Analysis2010, new Analysis2010Renderer(), 8),
        Share(ScoredProfiles.Analysis2014, new Analysis2014Renderer(), 8),
        Share(ScoredProfiles.Analysis2016, new Analysis2014Renderer(), 14),
        Share(ScoredProfiles.AnalysisCaps, new AnalysisCapsRenderer(), 5),
        Share(ScoredProfiles.Analysis2020, new Analysis2020Renderer(), 8),
        Share(ScoredProfiles.Feedback, new FeedbackRenderer(), 5),
        Share(ScoredProfiles.Regionkompassen, new RegionkompassenRenderer(), 2),
    ];

    /// <summary>The families without scores: memos, related documents, bad files, files that are not documents.</summary>
    public static IReadOnlyList<CorpusFamilyShare> Unscored() =>
    [
        new(new PmMemoFamily(), 4),
        new(new RelatedDocumentFamily(), 8),
        new(new BadFileFamily(), 8),
        new(new NonDocumentFamily(), 4),
    ];

    /// <summary>
    /// The held-out family: analyses of every revision in a layout no parser was developed on
    /// (written to <c>corpus/heldout/</c>, never to the sample archive), so that its eval figures
    /// measure how well extraction generalises.
    /// </summary>
    public static IReadOnlyList<CorpusFamilyShare> HeldOut() =>
    [
        new(new ScoredReportFamily(ScoredProfiles.Analysis2016 with { Family = "analysis-heldout" }, ScoredProfiles.InjectionsFor(ScoredProfiles.Analysis2016), new HeldOutAnalysisRenderer()), 6),
        new(new ScoredReportFamily(ScoredProfiles.Analysis2020 with { Family = "analysis-heldout-2020" }, [], new HeldOutAnalysisRenderer()), 2),
    ];

    /// <summary>The whole mix.</summary>
    public static IReadOnlyList<CorpusFamilyShare> Default() => [.. Scored(), .. Unscored()];

    private static CorpusFamilyShare Share(ReportProfile profile, IReportRenderer renderer, int weight)
        => new(new ScoredReportFamily(profile, ScoredProfiles.InjectionsFor(profile), renderer), weight);
}
