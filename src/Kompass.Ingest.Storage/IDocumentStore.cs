namespace Kompass.Ingest.Storage;

/// <summary>The whole store: reads and writes over one open database file. Dispose to close the file.</summary>
public interface IDocumentStore : IDocumentReader, IDocumentWriter, IDisposable;
