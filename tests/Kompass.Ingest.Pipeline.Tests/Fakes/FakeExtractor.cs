using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// Classifies a layout by its second word ("analysis" or anything else: related document) and
/// takes its first word as the title. A title of <c>CRASH</c> makes it throw; <see cref="OnExtract"/>
/// lets a test act in the middle of a run; <see cref="AreaCount"/> gives analyses scored areas.
/// </summary>
internal sealed class FakeExtractor(string version = "fake/1") : IReportExtractor
{
    public string Version => version;

    public Action<string>? OnExtract { get; init; }

    /// <summary>Analyses get areas 1 to this number, area n scored 50 + n in the summary table.</summary>
    public int AreaCount { get; init; }

    public ReportExtraction Extract(DocumentLayout layout, string fileName)
    {
        var words = layout.Pages[0].Words;
        OnExtract?.Invoke(words[0].Text);
        if (words[0].Text == "CRASH")
        {
            throw new ArgumentException("extractor fault");
        }

        var analysis = words.Count > 1 && words[1].Text == "analysis";
        return new ReportExtraction
        {
            Type = analysis ? DocumentType.KommunKompassenAnalysis : DocumentType.RelatedDocument,
            Areas = analysis
                ? Enumerable.Range(1, AreaCount).Select(n => new AreaExtraction { Number = n, SummaryScore = Sourced.Of(50m + n, new Provenance(1, null, "5" + n, version)) }).ToList()
                : [],
            Title = Sourced.Of(words[0].Text, new Provenance(1, words[0].Box, words[0].Text, version)),
            PageCount = layout.Pages.Count,
        };
    }
}
