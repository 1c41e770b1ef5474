namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>One question of a framework question set: its id ("1.1"), area, max points and usual text.</summary>
public sealed record QuestionDefinition(string Id, int Area, decimal Max, string Text);
