using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// Classifies a layout by its second word ("analysis" or anything else: related document) and
/// takes its first word as the title. A title of <c>CRASH</c> makes it throw; <see cref="OnExtract"/>
/// lets a test act in the middle of a run.
/// </summary>
internal sealed class FakeExtractor(string version = "fake/1") : IReportExtractor
{
    public string Version => version;

    public Action<string>? OnExtract { get; init; }

    public ReportExtraction Extract(DocumentLayout layout, string fileName)
    {
        var words = layout.Pages[0].Words;
        OnExtract?.Invoke(words[0].Text);
        if (words[0].Text == "CRASH")
        {
            throw new ArgumentException("extractor fault");
        }

        return new ReportExtraction
        {
            Type = words.Count > 1 && words[1].Text == "analysis" ? DocumentType.KommunKompassenAnalysis : DocumentType.RelatedDocument,
            Title = Sourced.Of(words[0].Text, new Provenance(1, words[0].Box, words[0].Text, version)),
            PageCount = layout.Pages.Count,
        };
    }
}
