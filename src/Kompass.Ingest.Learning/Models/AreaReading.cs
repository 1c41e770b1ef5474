namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// What the placement model reads in a finding: the most probable area, its probability, and the
/// probability of the area it is printed under (all among the revision's areas, 0–1).
/// </summary>
public sealed record AreaReading(int Area, double Probability, double PrintedAreaProbability);
