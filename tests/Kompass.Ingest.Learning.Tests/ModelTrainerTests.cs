using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Evaluation;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Tests;

public sealed class ModelTrainerTests
{
    private static readonly LearningOptions Options = LearningOptions.Default with { Folds = 3 };

    [Fact]
    public void Train_SameSetAndSeed_SameMetricsAndPredictions()
    {
        var set = SmallSets.Build();

        var first = new ModelTrainer(Options).Train(set);
        var second = new ModelTrainer(Options).Train(set);

        Assert.Equal(MetricsReport.ToJson(first.Metrics), MetricsReport.ToJson(second.Metrics));
        Assert.Equal(
            first.Models.Placement!.Predict(FrameworkRevision.Rev2010, 1, "Utveckla synpunktshantering", false),
            second.Models.Placement!.Predict(FrameworkRevision.Rev2010, 1, "Utveckla synpunktshantering", false));
    }

    [Fact]
    public void Train_WordsOfTheirOwn_HeldOutFiguresAreHighAndEveryDocumentIsHeldOutOnce()
    {
        var set = SmallSets.Build();

        var sut = new ModelTrainer(Options).Train(set);

        Assert.Equal(set.Documents.Count, sut.Metrics.DocumentTypes.Total);
        Assert.Equal(set.Findings.Count, sut.Metrics.Placement.Total);
        Assert.True(sut.Metrics.Placement.Accuracy >= 0.9, MetricsReport.ToText(sut.Metrics));
        Assert.True(sut.Metrics.DocumentTypes.MacroF1 >= 0.9, MetricsReport.ToText(sut.Metrics));
        Assert.Equal("pdfsharp", sut.Metrics.MainToolchain);
        Assert.Equal(["libreoffice"], sut.Metrics.SecondToolchain.Toolchains);
        Assert.Equal(3, sut.Metrics.SecondToolchain.Documents);
    }

    [Fact]
    public void SaveLoad_RoundTrip_PredictsTheSame()
    {
        var models = new ModelTrainer(Options).Train(SmallSets.Build()).Models;
        var folder = Directory.CreateTempSubdirectory("kompass-models-").FullName;
        try
        {
            ModelFiles.Save(models, folder);
            var sut = ModelFiles.Load(folder, Options.Seed);

            Assert.Equal(
                models.DocumentTypes!.Predict("PM Utvärdering enligt Kommunkompassen Ale kommun", 4),
                sut.DocumentTypes!.Predict("PM Utvärdering enligt Kommunkompassen Ale kommun", 4));
            Assert.Equal(
                models.Themes!.Predict(FrameworkRevision.Rev2010, 2, "Väl fungerande bemötande", true),
                sut.Themes!.Predict(FrameworkRevision.Rev2010, 2, "Väl fungerande bemötande", true));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_EmptyFolder_NoModels()
    {
        var folder = Directory.CreateTempSubdirectory("kompass-models-").FullName;
        try
        {
            Assert.Equal(new ModelSet(null, null, null), ModelFiles.Load(folder, Options.Seed));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
