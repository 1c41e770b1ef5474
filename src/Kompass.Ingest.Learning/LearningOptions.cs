using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Learning;

/// <summary>How the models are trained and when their answers are acted on.</summary>
public sealed record LearningOptions
{
    /// <summary>The seed of every training (ML.NET's <c>MLContext(seed)</c>). Default 2026.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>How many folds cross-validation holds documents out in (each document once). Default 5.</summary>
    [Range(2, 20)]
    public int Folds { get; init; } = 5;

    /// <summary>
    /// <c>finding-misplaced</c> from the placement model needs this probability (0–1) for another
    /// area. Default 0.6: the area must be the model's clear first choice among eight.
    /// </summary>
    [Range(0.3, 1.0)]
    public double MisplacedMinProbability { get; init; } = 0.6;

    /// <summary>
    /// … and that area must be at least this many times as probable as the area the finding is
    /// printed under. Default 20: in cross-validation on the sample, items the model read so were
    /// mostly the misplaced ones; a false flag costs a reviewer's time, a missed one is what the
    /// term rule already misses.
    /// </summary>
    [Range(1.0, 1000.0)]
    public double MisplacedMinRatio { get; init; } = 20;

    /// <summary>The document-type note needs this probability (0–1) for the type the model reads. Default 0.6.</summary>
    [Range(0.0, 1.0)]
    public double TypeNoteMinProbability { get; init; } = 0.6;

    /// <summary>A finding's theme is stored when the theme model gives it at least this probability (0–1) among its area's subheadings. Default 0.4.</summary>
    [Range(0.0, 1.0)]
    public double ThemeMinProbability { get; init; } = 0.4;

    /// <summary>The defaults.</summary>
    public static LearningOptions Default { get; } = new();
}
