namespace Kompass.Ingest.Storage;

/// <summary>A file that could not be read, with a one-line reason a person can act on.</summary>
public sealed record RefusedFile(string Path, string Reason);
