using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning;
using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Inference;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Cli.Composition;

/// <summary>
/// The wiring of the learned models: training (<c>kompass train</c>) and the models ingest uses,
/// those shipped in <c>pipelines/models/</c> beside the executable (trained on the sample
/// archive), or those of the folder in <c>$KOMPASS_MODELS</c> (what <c>kompass train --out</c>
/// wrote), or none when it is set to <c>none</c>. Loaded once per process.
/// </summary>
public static class LearningFactory
{
    /// <summary>The variable that names another models folder, or <c>none</c> to ingest without models.</summary>
    public const string ModelsVariable = "KOMPASS_MODELS";

    private static readonly Lazy<ModelSet> Loaded = new(Load);

    /// <summary>The options of training and of acting on the models' answers: the defaults.</summary>
    public static LearningOptions Options => LearningOptions.Default;

    /// <summary>The models ingest uses (<see cref="ModelsVariable"/>, else the shipped ones); an empty set when there are none.</summary>
    public static ModelSet Models => Loaded.Value;

    /// <summary>The folder of the shipped models.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "pipelines", "models");

    /// <summary>The training set builder over the shipped catalogs.</summary>
    public static TrainingSetBuilder CreateTrainingSetBuilder() => new(new ThemeLabeler(PipelineDefinitions.Current.Catalogs));

    /// <summary>The trainer with <paramref name="options"/>.</summary>
    public static ModelTrainer CreateTrainer(LearningOptions options) => new(options);

    /// <summary>The document-type second opinion, or null without that model.</summary>
    public static ISecondOpinion? CreateSecondOpinion(ModelSet models)
        => models.DocumentTypes is { } model ? new DocumentTypeSecondOpinion(model, Options) : null;

    /// <summary>The rules, and the placement model after them when there is one.</summary>
    public static IDocumentValidator WithPlacement(IDocumentValidator rules, ModelSet models)
        => models.Placement is { } model ? new PlacementValidator(rules, model, Options) : rules;

    /// <summary>The themes of findings, or null without that model.</summary>
    public static IFindingThemes? CreateThemes(ModelSet models)
        => models.Themes is { } model ? new LearnedFindingThemes(model, Options) : null;

    private static ModelSet Load()
    {
        var chosen = Environment.GetEnvironmentVariable(ModelsVariable);
        if (string.Equals(chosen, "none", StringComparison.OrdinalIgnoreCase))
        {
            return new ModelSet(null, null, null);
        }

        var folder = string.IsNullOrWhiteSpace(chosen) ? ShippedFolder : chosen;
        if (!string.IsNullOrWhiteSpace(chosen) && !Directory.Exists(folder))
        {
            throw new Domain.Guards.UserActionableException($"{ModelsVariable} names {folder}, which is not a folder (give the folder kompass train --out wrote, or none)");
        }

        return ModelFiles.Load(folder, Options.Seed);
    }
}
