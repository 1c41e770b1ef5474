namespace Kompass.Ingest.Domain.Layout;

/// <summary>The outcome of reading a PDF: its layout, or why it could not be read.</summary>
public sealed record LayoutReadResult(DocumentLayout? Layout, string? Failure)
{
    /// <summary>A successful read.</summary>
    public static LayoutReadResult Succeeded(DocumentLayout layout) => new(layout, null);

    /// <summary>A file that cannot be read, with a one-line reason ("password-protected: …").</summary>
    public static LayoutReadResult Failed(string reason) => new(null, reason);
}
