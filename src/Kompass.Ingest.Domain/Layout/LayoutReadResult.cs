namespace Kompass.Ingest.Domain.Layout;

/// <summary>The outcome of reading a PDF: its layout, or why it could not be read.</summary>
public sealed record LayoutReadResult(DocumentLayout? Layout, string? Failure)
{
    /// <summary>
    /// True when the file could not be read only because its pages need OCR and OCR is not
    /// available (or failing) now: the document is stored as unreadable and read again once
    /// <see cref="IOcrAvailability.IsAvailable"/> says it can be.
    /// </summary>
    public bool AwaitsOcr { get; init; }

    /// <summary>A successful read.</summary>
    public static LayoutReadResult Succeeded(DocumentLayout layout) => new(layout, null);

    /// <summary>A file that cannot be read, with a one-line reason ("password-protected: …").</summary>
    public static LayoutReadResult Failed(string reason) => new(null, reason);

    /// <summary>A file whose pages need OCR that could not be done now, with the one-line reason.</summary>
    public static LayoutReadResult WaitingForOcr(string reason) => new(null, reason) { AwaitsOcr = true };
}
