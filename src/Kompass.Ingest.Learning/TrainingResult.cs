using Kompass.Ingest.Learning.Evaluation;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning;

/// <summary>The trained models and how they did on held-out documents.</summary>
public sealed record TrainingResult(ModelSet Models, ModelMetrics Metrics);
