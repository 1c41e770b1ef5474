using System.Globalization;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Layout;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Times each stage of ingest on one typical report: the source analysis (summary table, area
/// sections and question tables all found) of median page count. Each repetition hashes it, reads
/// it with PdfPig alone as our reader asks PdfPig to (<see cref="PdfPigBaseline.ReadAsLayoutReaderDoes"/>),
/// reads it with our <see cref="PdfLayoutReader"/> (the rest of our reading is the difference),
/// extracts it step by step (the extractor names each step as it finishes), validates it, indexes
/// its findings and saves it to a store in the work folder (one transaction, as ingest does). A
/// first repetition warms up and is not counted; each stage's figure is its median.
/// </summary>
public sealed class StageBench(TimeProvider time)
{
    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>The stages, or null when the sources hold no full analysis.</summary>
    public StageResult? Run(IReadOnlyList<BenchSource> sources, int repetitions, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(sources);
        Guard.NotNull(progress);
        var report = Typical(sources);
        if (report is null)
        {
            progress.WriteLine("kompass bench: stages: no analysis with summary table, sections and question tables among the sources; skipped");
            return null;
        }

        progress.WriteLine(Invariant($"kompass bench: stages: {report.RelativePath} ({report.Extraction.PageCount} pages), {repetitions} repetitions"));
        var definitions = PipelineDefinitions.Current;
        var extractor = PipelineFactory.CreateExtractor(definitions);
        var validator = PipelineFactory.CreateRules(definitions);
        var models = LearningFactory.Models;
        var secondOpinion = LearningFactory.CreateSecondOpinion(models);
        var placement = LearningFactory.WithPlacement(new NoFlags(), models);
        var themes = LearningFactory.CreateThemes(models);
        var reader = new PdfLayoutReader();
        var fingerprinter = new Fingerprinter();
        var samples = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        var order = new List<string>();
        using var store = PipelineFactory.OpenStore(Path.Combine(work, "stages.db"));
        for (var repetition = 0; repetition <= repetitions; repetition++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A hash of its own per repetition, so that every save is a new document's.
            var key = fingerprinter.Compute(new MemoryStream([.. report.Bytes, (byte)repetition]), cancellationToken);
            var times = new List<(string Key, Measure Spent)>();
            var clock = _time.GetTimestamp();
            // Every stage runs on this thread, so its allocation is this thread's (exact, unlike its time).
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            Measure Lap()
            {
                var now = _time.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var lap = new Measure(_time.GetElapsedTime(clock, now), bytes - allocated);
                (clock, allocated) = (now, bytes);
                return lap;
            }

            var bytes = report.Bytes;
            fingerprinter.Compute(bytes);
            times.Add(("hash", Lap()));
            PdfPigBaseline.ReadAsLayoutReaderDoes(bytes);
            var pdfPig = Lap();
            times.Add(("pdfpig", pdfPig));
            var layout = reader.Read(bytes, cancellationToken).Layout ?? throw new InvalidOperationException($"{report.RelativePath} read before, not now");
            var ours = Lap();
            times.Add(("layout", ours - pdfPig));
            var extraction = extractor.Extract(layout, Path.GetFileName(report.RelativePath), step => times.Add((step, Lap())));
            extraction = secondOpinion?.Review(extraction) ?? extraction;
            times.Add(("learned-type", Lap()));
            var flags = validator.Validate(extraction);
            times.Add(("validate", Lap()));
            flags = [.. flags, .. placement.Validate(extraction)];
            times.Add(("learned-placement", Lap()));
            var findings = FindingRows.From(key, extraction);
            var terms = Lap();
            times.Add(("findings", terms));

            // The themed rows are the rows again with the theme model asked per item: the difference is the model's.
            findings = FindingRows.From(key, extraction, themes);
            var withThemes = Lap();
            times.Add(("learned-themes", withThemes - terms));
            store.Save(new DocumentWrite(key, report.RelativePath, 0, extraction, layout.Pages.Count, extractor.Version, IngestRunner.PipelineVersion, _time.GetUtcNow())
            {
                Flags = flags,
                Findings = findings,
            });
            times.Add(("store", Lap()));
            if (repetition == 0)
            {
                continue;
            }

            foreach (var (name, spent) in times)
            {
                if (!samples.TryGetValue(name, out var list))
                {
                    samples[name] = list = [];
                    order.Add(name);
                }

                list.Add(spent);
            }
        }

        return new StageResult
        {
            Document = report.RelativePath,
            Pages = report.Extraction.PageCount,
            Repetitions = repetitions,
            Stages = order.Select(name => new StageTiming(name, Label(name), Median(samples[name].ConvertAll(m => m.Elapsed)), Median(samples[name].ConvertAll(m => m.Bytes)))).ToList(),
        };
    }

    // The full analyses, and of them the one of median page count (ties by path): typical, not the largest.
    private static BenchSource? Typical(IReadOnlyList<BenchSource> sources)
    {
        var full = sources
            .Where(s => s.Extraction.Extraction is { Type: DocumentType.KommunKompassenAnalysis } e
                && e.Areas.Any(a => a.SummaryScore is not null)
                && e.Areas.Any(a => a.SectionScore is not null || a.Strengths.Count > 0)
                && e.Areas.Any(a => a.Questions.Count > 0))
            .OrderBy(s => s.Extraction.PageCount)
            .ThenBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToList();
        return full.Count == 0 ? null : full[full.Count / 2];
    }

    private static TimeSpan Median(List<TimeSpan> values) => TimeSpan.FromTicks(Median(values.ConvertAll(v => v.Ticks)));

    private static long Median(List<long> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    // What a stage cost: its wall time and the bytes it allocated. A stage measured as the
    // difference of two (our layout reading less PdfPig's, the themed rows less the plain ones)
    // is floored at zero, as noise can make the difference of two times negative.
    private readonly record struct Measure(TimeSpan Elapsed, long Bytes)
    {
        public static Measure operator -(Measure total, Measure part)
            => new(total.Elapsed > part.Elapsed ? total.Elapsed - part.Elapsed : TimeSpan.Zero, Math.Max(0, total.Bytes - part.Bytes));
    }

    private static string Label(string key) => key switch
    {
        "hash" => "hash (SHA-256)",
        "pdfpig" => "PdfPig: open, letters, paths",
        "layout" => "our layout reading (the rest)",
        "lines" => "lines and reading order",
        "classification" => "classification",
        "title" => "title",
        "furniture" => "page furniture",
        "MetadataExtractor" => "extract: metadata",
        "SummaryTableExtractor" => "extract: summary table",
        "AreaSectionExtractor" => "extract: area sections",
        "QuestionTableExtractor" => "extract: question tables",
        "FrameworkExtractor" => "extract: framework",
        "OcrNumberReconciliation" => "extract: OCR number repair",
        "validate" => "validation (flag rules)",
        "findings" => "finding terms (FindingRows)",
        "learned-type" => "learned: document type note",
        "learned-placement" => "learned: placement (finding-misplaced)",
        "learned-themes" => "learned: themes (beyond the terms)",
        "store" => "store write (one transaction)",
        _ => key,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The placement model timed on its own: the rules before it are timed as "validate".
    private sealed class NoFlags : IDocumentValidator
    {
        public IReadOnlyList<Flag> Validate(ReportExtraction extraction) => [];
    }
}
