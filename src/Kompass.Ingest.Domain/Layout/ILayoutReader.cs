namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// Turns a PDF's bytes into our page-layout model. Implementations never throw for a strange or
/// broken file: they return <see cref="LayoutReadResult.Failed"/> with a one-line reason a person
/// can act on. Thread-safe: one reader serves parallel documents.
/// </summary>
public interface ILayoutReader
{
    /// <summary>Reads every page it can; a page that fails becomes a warning, not a failure.</summary>
    LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken);
}
