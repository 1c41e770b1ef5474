using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Rendering;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

/// <summary>One renderer with a fixture report of its kind, and its cached rendering.</summary>
internal sealed record RendererCase(string Name, Func<IReportRenderer> Renderer, Func<PrintedReportBuilder> Report)
{
    public const int Seed = 20170625;

    private static readonly Dictionary<string, RendererCase> ByName = new RendererCase[]
    {
        new("analysis-2002", () => new Analysis2002Renderer(), () => new PrintedReportBuilder().WithTitle("Kommunkompassen Analys av Vallentuna kommun").InYear(2005).WithHalfPoints().WithVisit(new DateOnly(2005, 3, 14), new DateOnly(2005, 3, 16))),
        new("analysis-2010", () => new Analysis2010Renderer(), () => new PrintedReportBuilder().WithTitle("Kommun Kompassen VALLENTUNA KOMMUN 2010 ANALYS AV").InYear(2010)),
        new("analysis-2014", () => new Analysis2014Renderer(), () => new PrintedReportBuilder().WithPrevious(2014)),
        new("analysis-caps", () => new AnalysisCapsRenderer(), () => new PrintedReportBuilder().WithTitle("KOMMUNKOMPASSEN ANALYS AV VALLENTUNA KOMMUN").InYear(2019)),
        new("analysis-2020", () => new Analysis2020Renderer(), () => new PrintedReportBuilder().WithTitle("KommunKompassen ANALYS AV VALLENTUNA KOMMUN 2021").InYear(2021)),
        new("feedback", () => new FeedbackRenderer(), () => new PrintedReportBuilder().WithTitle("Återkoppling Kommunkompass Vallentuna").WithType(DocumentType.KommunKompassenFeedback, questions: false)),
        new("regionkompassen", () => new RegionkompassenRenderer(), () => new PrintedReportBuilder().WithTitle("Regionkompass - en pilotstudie 2014").WithRegion().InYear(2014)),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, Lazy<RenderedSample>> Samples = ByName.ToDictionary(
        kv => kv.Key, kv => new Lazy<RenderedSample>(() => kv.Value.RenderSample(kv.Value.Report().Build())), StringComparer.Ordinal);

    /// <summary>The case names, for xunit theories.</summary>
    public static TheoryData<string> Names => [.. ByName.Keys];

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static RendererCase Get(string name) => ByName[name];

    /// <summary>The full fixture report rendered once per test run.</summary>
    public static RenderedSample Sample(string name) => Samples[name].Value;

    /// <summary>Renders <paramref name="report"/> with the fixed seed and reads its text.</summary>
    public RenderedSample RenderSample(PrintedReport report)
    {
        var result = Renderer().Render(report, new Random(Seed));
        return new RenderedSample(report, result, PdfText.Read(result.Bytes));
    }
}
