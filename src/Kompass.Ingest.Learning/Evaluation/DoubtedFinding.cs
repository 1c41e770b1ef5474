using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>A finding the held-out placement model reads as belonging to another area, with what it read.</summary>
public sealed record DoubtedFinding(FindingSample Finding, AreaReading Reading);
