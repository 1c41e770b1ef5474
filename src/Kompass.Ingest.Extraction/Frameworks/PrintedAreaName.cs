namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>An area name as printed somewhere in a document, with the number printed before it ("2. Samhällsutveckling").</summary>
public sealed record PrintedAreaName(int Number, string Name);
