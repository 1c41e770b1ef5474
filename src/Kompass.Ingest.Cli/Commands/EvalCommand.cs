using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass eval</c> verb: ingests an archive into a temporary store, exports it, and scores
/// the export against truth files, per layout family and overall (<see cref="EvaluationScorer"/>).
/// Scanned pages are recognised through an OCR cache that outlasts the run (<c>--ocr-cache</c>).
/// Exits <see cref="ExitCodes.BelowMinimum"/> when the summary figure is below <c>--min</c>.
/// Progress goes to standard error, the report to standard output.
/// </summary>
public static class EvalCommand
{
    private const string Text = "text";
    private const string Json = "json";

    // One progress line per this many documents: enough to see a long run move, few enough to read.
    private const int ProgressEvery = 25;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var archive = new Option<DirectoryInfo?>("--archive")
        {
            Description = "The archive folder to ingest (into a temporary store, deleted afterwards) and score.",
            HelpName = "DIR",
        };
        var export = new Option<FileInfo?>("--export")
        {
            Description = "Instead of --archive: score this kompass-export/1 file (e.g. one written by kompass export).",
            HelpName = "FILE",
        };
        var truth = new Option<DirectoryInfo>("--truth")
        {
            Description = "Folder of truth files: <path relative to the archive>.json, one per document.",
            HelpName = "DIR",
            Required = true,
        };
        var min = new Option<double?>("--min")
        {
            Description = "Exit 3 when the summary figure is below this fraction (0-1, e.g. 0.85 for 85 %).",
            HelpName = "X",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: tables for people; json: every figure as a 0-1 fraction (null without a denominator), for scripts.",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Text format: list every document's differences and false flags, and the unexpected documents.",
        };
        var ocrCache = new Option<DirectoryInfo?>("--ocr-cache")
        {
            Description = "With --archive: the folder that keeps OCR results of scanned pages, by the SHA-256 of the page image and the engine's "
                + "version and settings, as ingest keeps them beside its store (STORE.ocr-cache, which can be given here), so a scan is "
                + "recognised once; created when missing, deleting it costs time only. Default: kompass-ocr-cache in the temporary folder.",
            HelpName = "DIR",
        };

        min.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is < 0 or > 1)
            {
                result.AddError("--min is a fraction between 0 and 1, e.g. 0.85");
            }
        });

        var command = new Command("eval", Description());
        command.Options.Add(archive);
        command.Options.Add(export);
        command.Options.Add(truth);
        command.Options.Add(min);
        command.Options.Add(format);
        command.Options.Add(verbose);
        command.Options.Add(ocrCache);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(archive) is null) == (result.GetValue(export) is null))
            {
                result.AddError("give either --archive DIR (ingest and score) or --export FILE (score an export)");
            }
        });

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new EvalRequest(
                parseResult.GetValue(archive),
                parseResult.GetValue(export),
                parseResult.GetRequiredValue(truth),
                parseResult.GetValue(min),
                parseResult.GetValue(format) == Json,
                parseResult.GetValue(verbose),
                parseResult.GetValue(ocrCache)?.FullName ?? PipelineFactory.DefaultEvalOcrCache()),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static string Description()
        => "Score the pipeline against truth files, per layout family and overall.\n"
            + "Truths and exported documents are paired by SHA-256, then by path. Figures without a denominator print as '–'.\n"
            + SummaryFigure.Definition + "\n"
            + "Exit codes: 0 done; 2 a folder or file is missing or unreadable; 3 the summary is below --min.";

    private static async Task<int> RunAsync(EvalRequest request, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        // Check both sides before the long part, so a typo costs no ingest.
        if (request.Archive is { } folder)
        {
            ArchiveScanner.EnsureFolder(folder.FullName);
        }

        var truths = LoadTruths(request.Truth, console.Error);
        var exported = request.Archive is { } archive
            ? IngestAndExport(archive, request.OcrCache, console.Error, cancellationToken)
            : ReadExport(request.Export!).Documents;

        var report = EvaluationScorer.Score(truths, exported);
        var text = request.Json ? EvaluationReportFormatter.FormatJson(report) : EvaluationReportFormatter.FormatText(report, request.Verbose);
        await console.Output.WriteAsync(text.AsMemory(), cancellationToken);

        return request.Min is { } threshold && !(report.Summary >= threshold) ? ExitCodes.BelowMinimum : ExitCodes.Success;
    }

    private static IReadOnlyList<TruthDocument> LoadTruths(DirectoryInfo folder, TextWriter error)
    {
        if (!folder.Exists)
        {
            throw new UserActionableException($"truth folder '{folder}' does not exist; give --truth DIR");
        }

        var loaded = TruthFolderLoader.Load(folder.FullName);
        foreach (var problem in loaded.Problems)
        {
            error.WriteLine($"kompass eval: truth file skipped: {problem}");
        }

        return loaded.Truths.Count > 0
            ? loaded.Truths
            : throw new UserActionableException($"no truth files (*.json) in '{folder}'");
    }

    private static IReadOnlyList<ExportDocument> IngestAndExport(DirectoryInfo archive, string ocrCache, TextWriter error, CancellationToken cancellationToken)
    {
        // A folder of its own: the store file, its LiteDB journal and its lock file all go with it.
        var temporary = Directory.CreateTempSubdirectory("kompass-eval-");
        try
        {
            using var store = PipelineFactory.OpenStore(Path.Combine(temporary.FullName, "eval.db"));
            var progress = new SynchronousProgress<IngestProgress>(p =>
            {
                if (p.Index % ProgressEvery == 0 || p.Index == p.Total)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kompass eval: ingested {p.Index}/{p.Total}"));
                }
            });
            // The OCR cache lives outside the temporary folder: it outlasts the run, as ingest's outlasts its store.
            var summary = PipelineFactory.CreateIngestRunner(store, TimeProvider.System, ocrCache: ocrCache).Run(archive.FullName, progress, cancellationToken);
            if (summary.Cancelled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            return PipelineFactory.CreateExportRunner(store, TimeProvider.System).Documents(cancellationToken);
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    private static ExportFile ReadExport(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UserActionableException($"export file '{file}' does not exist; write one with: kompass export --db FILE --format json --out FILE");
        }

        try
        {
            using var stream = file.OpenRead();
            var export = ContractJson.ReadExport(stream);
            return export.Schema == ExportFile.SchemaName
                ? export
                : throw new UserActionableException($"'{file}' is schema '{export.Schema}', not {ExportFile.SchemaName}");
        }
        catch (JsonException e)
        {
            throw new UserActionableException($"'{file}' is not a {ExportFile.SchemaName} file ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    private sealed record EvalRequest(DirectoryInfo? Archive, FileInfo? Export, DirectoryInfo Truth, double? Min, bool Json, bool Verbose, string OcrCache);
}
