using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Scanning;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass corpus</c> verb. <c>corpus generate</c> writes a deterministic sample archive of
/// KommunKompassen reports with a truth file per document (see <see cref="CorpusGenerator"/>).
/// </summary>
public static class CorpusCommand
{
    /// <summary>Documents generated when <c>--count</c> is not given.</summary>
    public const int DefaultCount = 80;

    /// <summary>Seed used when <c>--seed</c> is not given.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("corpus", "Sample archives of generated KommunKompassen reports with truth files, for tests and kompass eval.");
        command.Subcommands.Add(Generate());
        command.Subcommands.Add(Scan());
        return command;
    }

    /// <summary>The families <c>corpus scan</c> copies when <c>--families</c> is not given: one report of each era.</summary>
    public const string DefaultScanFamilies = "analysis-2002,analysis-2010,analysis-2020";

    private static Command Scan()
    {
        var source = new Option<DirectoryInfo>("--source")
        {
            Description = "The sample folder to copy from: SOURCE/archive and SOURCE/truth (e.g. corpus).",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write into: DIR/archive/Skannade/ (the scanned PDFs) and DIR/truth/Skannade/ (their truth).",
            Required = true,
        };
        var families = new Option<string>("--families")
        {
            Description = "Comma-separated layout families; the first report of each (by path) without expected flags is scanned.",
            DefaultValueFactory = _ => DefaultScanFamilies,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the page turns and specks; the same seed gives byte-identical files.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var perFamily = new Option<int>("--per-family")
        {
            Description = "Reports scanned of each family: the first N (by path) without expected flags; the resolutions go on in turn from one copy to the next.",
            DefaultValueFactory = _ => 1,
        };
        perFamily.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--per-family must be at least 1.");
            }
        });
        var command = new Command("scan", "Write scanned copies of sample reports (page images, turned slightly, with specks; 200, 150 and 250 dpi in turn; no text layer) with their truth, for measuring OCR. Needs pdftoppm (poppler-utils).");
        command.Options.Add(source);
        command.Options.Add(output);
        command.Options.Add(families);
        command.Options.Add(seed);
        command.Options.Add(perFamily);
        command.SetAction((parseResult, _) =>
        {
            var from = parseResult.GetValue(source)!.FullName;
            var names = parseResult.GetValue(families)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            IReadOnlyList<string> written;
            try
            {
                written = ScannedArchiveWriter.Write(
                    Path.Combine(from, "archive"), Path.Combine(from, "truth"), parseResult.GetValue(output)!.FullName, names, parseResult.GetValue(seed), parseResult.GetValue(perFamily));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                throw new UserActionableException($"cannot write the scanned sample: {e.Message}");
            }

            foreach (var path in written)
            {
                Console.Out.WriteLine(path);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Generate()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write into: DIR/archive/ (the files), DIR/truth/ (one <path>.json per document), DIR/injected.txt (what was made inconsistent on purpose). Existing files are overwritten, none are deleted.",
            Required = true,
        };
        var count = new Option<int>("--count")
        {
            Description = "Number of files, spread over the families in the sample mix.",
            DefaultValueFactory = _ => DefaultCount,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--count must be at least 1.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random choices; the same seed and count give byte-identical files.",
            DefaultValueFactory = _ => DefaultSeed,
        };

        var heldOut = new Option<bool>("--held-out")
        {
            Description = "Write the held-out family instead of the sample mix: analyses in a layout the parsers were never developed on, for measuring generalisation (corpus/heldout).",
        };

        var command = new Command("generate", "Write a deterministic sample archive (analyses of every era, feedback, Regionkompassen …) with a truth file per document.");
        command.Options.Add(output);
        command.Options.Add(count);
        command.Options.Add(seed);
        command.Options.Add(heldOut);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(output)!;
            return Task.FromResult(Run(target.FullName, parseResult.GetValue(count), parseResult.GetValue(seed), parseResult.GetValue(heldOut), cancellationToken));
        });
        return command;
    }

    private static int Run(string outputDirectory, int count, int seed, bool heldOut, CancellationToken cancellationToken)
    {
        var pipelines = Path.Combine(AppContext.BaseDirectory, "pipelines");
        CorpusContext context;
        try
        {
            context = CorpusContextReader.Read(pipelines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot read the pipelines folder {pipelines}: {e.Message}");
        }

        var generator = new CorpusGenerator(heldOut ? CorpusFamilies.HeldOut() : CorpusFamilies.Default());
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing about {count} files (seed {seed}) into {outputDirectory}"));
        try
        {
            var result = generator.Generate(context, outputDirectory, count, seed, Progress, cancellationToken);
            foreach (var family in result.Families)
            {
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{family.Family,-18} {family.Files,4} files  {family.Truths,4} truths  {family.Injected,3} with planted inconsistencies  {family.Flagged,3} expecting flags  {family.Bytes / 1024.0,7:0} KiB"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-18} {result.Files,4} files  {result.Truths,4} truths"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot write the sample archive into {outputDirectory}: {e.Message}");
        }

        return ExitCodes.Success;
    }

    // Progress for people goes to stderr, so stdout keeps only the summary.
    private static void Progress(string family, int files)
        => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {family}: {files} files"));
}
