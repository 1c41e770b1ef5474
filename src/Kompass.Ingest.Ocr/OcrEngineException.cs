namespace Kompass.Ingest.Ocr;

/// <summary>
/// The OCR engine or the renderer failed on a page: a crash, a non-zero exit, a timeout or output
/// that cannot be parsed. The circuit breaker counts these; the page becomes a warning.
/// </summary>
public sealed class OcrEngineException : Exception
{
    /// <summary>Creates the exception with a one-line <paramref name="message"/>.</summary>
    public OcrEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/> and its cause.</summary>
    public OcrEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Needed by the analyzers' exception pattern; use a message.</summary>
    public OcrEngineException()
    {
    }
}
