using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>The models shipped in pipelines/models (copied beside the tests), loaded once.</summary>
internal static class ShippedModels
{
    private static readonly Lazy<ModelSet> Loaded = new(() => ModelFiles.Load(Folder, LearningOptions.Default.Seed));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "pipelines", "models");

    public static ModelSet Models => Loaded.Value;
}
