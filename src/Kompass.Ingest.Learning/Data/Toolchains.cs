namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// The toolchain that wrote a PDF, read from its Producer entry: the first word, lower case
/// ("libreoffice", "pdfsharp"), since versions after it would split one toolchain into many.
/// </summary>
public static class Toolchains
{
    /// <summary>The toolchain of a PDF that names no producer.</summary>
    public const string Unknown = "unknown";

    /// <summary>The toolchain named by <paramref name="producer"/>.</summary>
    public static string Of(string? producer)
    {
        if (string.IsNullOrWhiteSpace(producer))
        {
            return Unknown;
        }

        var first = producer.Trim().Split([' ', '/', '(', ';', ','], StringSplitOptions.RemoveEmptyEntries)[0];
        return first.ToLowerInvariant();
    }
}
