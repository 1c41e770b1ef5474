using System.CommandLine;
using Kompass.Ingest.Cli.Bench;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass bench</c> verb: measures, on this machine, building a synthetic archive of N
/// distinct PDFs, the first ingest of it, a second ingest of the unchanged archive (the skip path),
/// the store's size per document and the JSON export (<see cref="BenchRunner"/>). Progress goes to
/// standard error, the table (or JSON) to standard output. Exits 0 done; 1 wrong command line;
/// 2 a missing folder or no readable source PDF; 130 cancelled (the work folder is removed).
/// </summary>
public static class BenchCommand
{
    private const string Text = "text";
    private const string Json = "json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var documents = new Option<int>("--documents")
        {
            Description = "Documents in the synthetic archive (distinct files: copies of the source PDFs, each with its own hash).",
            HelpName = "N",
            DefaultValueFactory = _ => 5000,
        };
        var source = new Option<DirectoryInfo?>("--source")
        {
            Description = "The folder whose readable born-digital PDFs are copied (scans are left out; default: corpus/archive, found above the current folder).",
            HelpName = "DIR",
        };
        var sample = new Option<int?>("--first-ingest-sample")
        {
            Description = "Time the first ingest on the first K documents only and store the rest from their sources' extractions, so that a large archive can be measured in minutes (default: ingest all).",
            HelpName = "K",
        };
        var work = new Option<DirectoryInfo?>("--work")
        {
            Description = "Where to make the bench's temporary folder (default: the system's temporary folder); choose the disk you want to measure.",
            HelpName = "DIR",
        };
        var keep = new Option<bool>("--keep")
        {
            Description = "Keep the temporary folder (archive, store, export) and print its path.",
        };
        var throughput = new Option<int>("--throughput-documents")
        {
            Description = "Distinct PDFs (copies of the source's) read by bare PdfPig (Open, GetWords) and by our whole ingest, each with 1 and 2 threads; prints docs/s, pages/s, our time over PdfPig's and the 1 → 2 speed-up. 0 skips.",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
        };
        var rounds = new Option<int>("--throughput-rounds")
        {
            Description = "Rounds of the four throughput passes (bare PdfPig and our ingest, 1 and 2 threads each, one after the other); the medians over the rounds are printed, each round's ratios beside them.",
            HelpName = "R",
            DefaultValueFactory = _ => 3,
        };
        var memory = new Option<string>("--memory-documents")
        {
            Description = "Archive sizes, comma-separated: for each, that many reports are generated (as kompass corpus generate does) and ingested by a child kompass ingest whose peak memory (VmHWM) is taken. 0 skips.",
            HelpName = "N[,N…]",
            DefaultValueFactory = _ => "1000,5000",
        };
        var generated = new Option<int?>("--memory-generated")
        {
            Description = "Generate at most G distinct reports for the memory archives (a few per second) and fill larger ones with distinct copies of them (default: generate as many as the largest size).",
            HelpName = "G",
        };
        var repetitions = new Option<int>("--stages-repetitions")
        {
            Description = "Repetitions of the per-stage timing of one typical report (hash, PdfPig, our layout reading, each extraction step, validation, findings, store write; medians). 0 skips.",
            HelpName = "R",
            DefaultValueFactory = _ => 5,
        };
        var format = new Option<string>("--format")
        {
            Description = "text: a table for people; json: every figure as a number, for scripts.",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json);
        documents.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--documents must be 0 (skip the archive's steps) or more");
            }
        });
        throughput.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--throughput-documents must be 0 (skip) or more");
            }
        });
        rounds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--throughput-rounds must be at least 1");
            }
        });
        repetitions.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--stages-repetitions must be 0 (skip) or more");
            }
        });
        generated.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--memory-generated must be at least 1");
            }
        });
        memory.Validators.Add(result =>
        {
            if (Sizes(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError("--memory-documents must be sizes of at least 1, separated by commas (e.g. 1000,5000), or 0 to skip");
            }
        });
        sample.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--first-ingest-sample must be at least 1");
            }
        });

        var command = new Command("bench", Description());
        command.Options.Add(documents);
        command.Options.Add(source);
        command.Options.Add(sample);
        command.Options.Add(work);
        command.Options.Add(keep);
        command.Options.Add(throughput);
        command.Options.Add(rounds);
        command.Options.Add(memory);
        command.Options.Add(generated);
        command.Options.Add(repetitions);
        command.Options.Add(format);
        // On the thread pool so that Ctrl+C reaches the token (see IngestCommand).
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            new BenchOptions
            {
                Documents = parseResult.GetValue(documents),
                Source = SourceFolder(parseResult.GetValue(source)),
                FirstIngestSample = parseResult.GetValue(sample),
                WorkParent = parseResult.GetValue(work)?.FullName,
                Keep = parseResult.GetValue(keep),
                ThroughputDocuments = parseResult.GetValue(throughput),
                ThroughputRounds = parseResult.GetValue(rounds),
                MemoryDocuments = Sizes(parseResult.GetValue(memory)) ?? [],
                MemoryGenerated = parseResult.GetValue(generated),
                StagesRepetitions = parseResult.GetValue(repetitions),
            },
            parseResult.GetValue(format) == Json,
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Measure the pipeline on this machine: build a synthetic archive of N distinct PDFs (copies of the\n"
            + "source's readable PDFs, each with a unique comment after %%EOF), ingest it, ingest it again unchanged\n"
            + "(the skip path: scan, hash, look up), and export it; prints the times, documents per second and the\n"
            + "store's size per document. Then: throughput against bare PdfPig with 1 and 2 threads, the peak memory\n"
            + "of a child ingest per archive size, and where one typical report's time goes, stage by stage.\n"
            + "Works in a temporary folder, deleted afterwards unless --keep.\n"
            + "Examples:\n"
            + "  kompass bench --documents 200\n"
            + "  kompass bench --documents 0 --throughput-documents 100 --memory-documents 1000,5000 --memory-generated 1000\n"
            + "  kompass bench --documents 5000 --first-ingest-sample 500 --format json\n"
            + "Exit codes: 0 done; 1 wrong command line; 2 missing folder or no readable PDF in the source; 130 cancelled.";

    // "1000,5000" → [1000, 5000]; "0" → none; null when malformed.
    private static IReadOnlyList<int>? Sizes(string? text)
    {
        var sizes = new List<int>();
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
            {
                return null;
            }

            if (size > 0)
            {
                sizes.Add(size);
            }
        }

        return sizes;
    }

    private static string SourceFolder(DirectoryInfo? given)
    {
        if (given is null)
        {
            return SampleArchiveLocator.Find(Environment.CurrentDirectory, AppContext.BaseDirectory);
        }

        return given.Exists
            ? given.ToString()
            : throw new UserActionableException($"source folder '{given}' does not exist; give --source DIR with some PDFs");
    }

    private static int Run(BenchOptions options, bool json, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        try
        {
            var result = new BenchRunner(TimeProvider.System).Run(options, console.Error, cancellationToken);
            console.Output.Write(json ? BenchReportFormatter.FormatJson(result) : BenchReportFormatter.FormatText(result));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine(options.Keep ? "kompass bench: cancelled; the work folder is kept." : "kompass bench: cancelled; the work folder is removed.");
            return ExitCodes.Cancelled;
        }
    }
}
