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

    /// <summary>
    /// As <see cref="Read(byte[], CancellationToken)"/>, telling <paramref name="allowMore"/> (when
    /// given) the extra time each slow step is allowed before it starts (a page sent to OCR, whose
    /// tools have time limits of their own), so that a caller's limit on the whole read can grow by it.
    /// </summary>
    LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken, Action<TimeSpan>? allowMore) => Read(pdf, cancellationToken);
}
