using System.Globalization;
using UglyToad.PdfPig.Exceptions;

namespace Kompass.Ingest.Layout;

/// <summary>The one-line reasons a person can act on, for files the reader cannot open.</summary>
internal static class FailureReasons
{
    public const string Empty = "the file is empty (0 bytes): copy it again from where it came from";

    public const string Encrypted = "password-protected: the PDF needs a password to open; save an unprotected copy";

    public const string NoPages = "empty PDF: the document opens but has no pages";

    /// <summary>The reason for a document with more than <see cref="ReadLimits.MaxPages"/> pages.</summary>
    public static string TooManyPages(int count)
        => string.Create(CultureInfo.InvariantCulture, $"too large to read safely: {count} pages, more than the {ReadLimits.MaxPages} kompass reads; a report has a few hundred at most — check that this is the right file, or split it");

    /// <summary>The reason for an exception PdfPig threw while opening <paramref name="pdf"/>.</summary>
    public static string FromException(Exception exception, byte[] pdf) => exception switch
    {
        PdfDocumentEncryptedException => Encrypted,
        _ => Damaged(exception.Message, pdf),
    };

    /// <summary>"damaged PDF: …", saying so when the file looks cut short.</summary>
    public static string Damaged(string detail, byte[] pdf)
    {
        var reason = CollectingLog.OneLine(detail);
        return LooksTruncated(pdf)
            ? $"damaged PDF: the file looks cut short (no %%EOF marker at the end); {reason}"
            : $"damaged PDF: {reason}";
    }

    // Writers end a PDF with "%%EOF"; some add a few bytes after it, so look at the last kilobyte.
    private static bool LooksTruncated(byte[] pdf)
        => pdf.AsSpan(Math.Max(0, pdf.Length - 1024)).IndexOf("%%EOF"u8) < 0;
}
