using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Tells a PDF from the other files that end up with a .pdf name (saved web pages, Word files,
/// scans saved as images) by the first bytes, and names what the file probably is.
/// </summary>
internal static class FileSignature
{
    // The PDF specification lets the header sit anywhere in the first 1024 bytes.
    private const int HeaderWindow = 1024;
    private const int QuoteLength = 24;

    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    private static readonly (byte[] Magic, string Hint)[] Known =
    [
        ("<!doctype html"u8.ToArray(), "an HTML page saved with a .pdf name?"),
        ("<html"u8.ToArray(), "an HTML page saved with a .pdf name?"),
        ("<?xml"u8.ToArray(), "an XML file saved with a .pdf name?"),
        ("pk\u0003\u0004"u8.ToArray(), "a ZIP archive or an Office document (.docx, .xlsx) saved with a .pdf name?"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.doc, .xls) saved with a .pdf name?"),
        ("{\\rtf"u8.ToArray(), "an RTF document saved with a .pdf name?"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image saved with a .pdf name?"),
        ([0x89, (byte)'p', (byte)'n', (byte)'g'], "a PNG image saved with a .pdf name?"),
        ("ii*\0"u8.ToArray(), "a TIFF image (a scan?) saved with a .pdf name?"),
        ("mm\0*"u8.ToArray(), "a TIFF image (a scan?) saved with a .pdf name?"),
        ("%!ps"u8.ToArray(), "a PostScript file: print it to PDF first"),
    ];

    /// <summary>Null for a PDF; else "not a PDF: the file starts with '…' — …".</summary>
    public static string? NotPdfReason(byte[] bytes)
    {
        var window = bytes.AsSpan(0, Math.Min(bytes.Length, HeaderWindow));
        if (window.IndexOf(PdfHeader) >= 0)
        {
            return null;
        }

        var start = SkipBomAndWhiteSpace(bytes);
        var hint = Known.FirstOrDefault(k => StartsWithIgnoringCase(bytes.AsSpan(start), k.Magic)).Hint;
        var reason = $"not a PDF: the file starts with {Quote(bytes, start)}";
        return hint is null ? reason : $"{reason} — {hint}";
    }

    private static int SkipBomAndWhiteSpace(byte[] bytes)
    {
        var i = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, byte[] magic)
    {
        if (bytes.Length < magic.Length)
        {
            return false;
        }

        for (var i = 0; i < magic.Length; i++)
        {
            var b = bytes[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(bytes[i] + 32) : bytes[i];
            if (b != magic[i])
            {
                return false;
            }
        }

        return true;
    }

    // Quotes the first words of readable text ("'<!DOCTYPE html'"), else the first bytes in hex.
    private static string Quote(byte[] bytes, int start)
    {
        var text = new StringBuilder();
        var words = 0;
        for (var i = start; i < bytes.Length && text.Length < QuoteLength; i++)
        {
            var c = (char)bytes[i];
            if (c is '>' || c < ' ' || c > '~' || (c == ' ' && ++words == 2))
            {
                break;
            }

            text.Append(c);
        }

        if (text.Length >= 2)
        {
            return $"'{text.ToString().TrimEnd()}'";
        }

        var head = bytes.AsSpan(start, Math.Min(4, bytes.Length - start)).ToArray();
        return "the bytes " + string.Join(' ', head.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
