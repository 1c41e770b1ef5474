using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Learning;
using Kompass.Ingest.Learning.Evaluation;
using Kompass.Ingest.Learning.Models;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass train --db FILE --out DIR</c> verb: trains the three models (document type,
/// finding placement, themes) from the store, reviewer corrections applied, measures them on
/// held-out documents, and writes the model files with <c>metrics.txt</c> and
/// <c>metrics.json</c> into DIR; prints the metrics. Deterministic for a store and a seed.
/// </summary>
public static class TrainCommand
{
    /// <summary>The text report's file name.</summary>
    public const string MetricsText = "metrics.txt";

    /// <summary>The JSON report's file name.</summary>
    public const string MetricsJson = "metrics.json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The store file written by kompass ingest.", HelpName = "FILE", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the models and metrics into (created when missing).", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed of every training.", HelpName = "N", DefaultValueFactory = _ => LearningOptions.Default.Seed };
        var folds = new Option<int>("--folds") { Description = "How many folds documents are held out in (2-20).", HelpName = "K", DefaultValueFactory = _ => LearningOptions.Default.Folds };
        var command = new Command("train", Description()) { db, output, seed, folds };
        folds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 2 or > 20)
            {
                result.AddError("--folds is a number from 2 to 20");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var storePath = parseResult.GetRequiredValue(db).FullName;
            if (!File.Exists(storePath))
            {
                throw new UserActionableException($"no store at {storePath} (run kompass ingest ARCHIVE --db {storePath} first)");
            }

            var folder = parseResult.GetRequiredValue(output).FullName;
            if (File.Exists(folder))
            {
                throw new UserActionableException($"--out {folder} is a file; give a folder");
            }

            var options = LearningOptions.Default with { Seed = parseResult.GetValue(seed), Folds = parseResult.GetValue(folds) };
            var clock = Stopwatch.StartNew();
            Learning.Data.TrainingSet set;
            using (var store = PipelineFactory.OpenStore(storePath, StoreAccess.ReadOnly))
            {
                set = LearningFactory.CreateTrainingSetBuilder().Build(store);
            }

            if (set.Documents.Count == 0 && set.Findings.Count == 0)
            {
                throw new UserActionableException($"the store {storePath} holds no document to learn from (ingest an archive first; documents stored before extraction/0.7 need kompass ingest --reextract)");
            }

            cancellationToken.ThrowIfCancellationRequested();
            var result = LearningFactory.CreateTrainer(options).Train(set);
            ModelFiles.Save(result.Models, folder);
            var report = MetricsReport.ToText(result.Metrics);
            File.WriteAllText(Path.Combine(folder, MetricsText), report);
            File.WriteAllText(Path.Combine(folder, MetricsJson), MetricsReport.ToJson(result.Metrics));
            var console = parseResult.InvocationConfiguration.Output;
            console.Write(report);
            foreach (var skipped in set.Skipped)
            {
                console.WriteLine($"skipped {skipped}");
            }

            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {Written(result.Models)} to {folder} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string Written(ModelSet models)
        => string.Join(", ", new[] { (models.DocumentTypes is not null, ModelFiles.DocumentTypes), (models.Placement is not null, ModelFiles.Placement), (models.Themes is not null, ModelFiles.Themes) }
            .Where(m => m.Item1).Select(m => m.Item2).Append(MetricsText).Append(MetricsJson));

    private static string Description()
        => "Trains the three learned models from the store, reviewer corrections applied: the document type (a second\n"
            + "opinion beside the rules), the area a strength or improvement belongs to (finding-misplaced), and its theme\n"
            + "(the area's subheading, for kompass search --theme). Every document is held out once (5 folds by evaluation)\n"
            + "to measure them; then each is trained on all documents with a fixed seed. Writes document-type.v1.zip,\n"
            + "placement.v1.zip, themes.v1.zip, metrics.txt and metrics.json into DIR and prints the metrics. Ingest uses\n"
            + "the models shipped in pipelines/models, or those of the folder named by $KOMPASS_MODELS (none: no models).\n"
            + "Example:\n"
            + "  kompass train --db kompass.db --out models\n"
            + "Exit codes: 0 trained; 1 wrong command line; 2 missing or busy store, nothing to learn from, --out is a file.";
}
