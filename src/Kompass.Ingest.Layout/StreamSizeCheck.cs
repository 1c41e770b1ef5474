using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Unpacks every Flate-compressed stream of a file into a small scratch buffer, only counting the
/// bytes, and refuses the file once one stream or all of them together unpack past
/// <see cref="ReadLimits"/>: PdfPig unpacks a content stream whole in memory, so a few megabytes
/// of zeros that unpack to gigabytes (a "PDF bomb") would take the process's memory with them.
/// A stream that does not unpack (damaged data) is left for PdfPig to report.
/// </summary>
internal static partial class StreamSizeCheck
{
    // A stream dictionary is small; its object header is within this many characters before "stream".
    private const int DictionaryWindow = 4096;
    private const int ScratchSize = 1 << 16;

    // Deflate never unpacks to more than 1,032 times its size (a 258-byte match coded in two bits:
    // the zlib FAQ), and a file's streams are together no larger than the file.
    private const int MaxDeflateRatio = 1032;

    /// <summary>Null when every stream unpacks within the limits; else the one-line reason.</summary>
    public static string? Check(byte[] pdf)
    {
        // A file too small to unpack past the per-stream limit even at deflate's best ratio cannot
        // hold a bomb, so its streams are not unpacked only to be counted (about 1.4 ms of a
        // typical 13-page report's 35, and PdfPig unpacks them again). A bomb must be at least
        // MaxInflatedStream / MaxDeflateRatio bytes (about 254 KB) and is always checked.
        if ((long)pdf.Length * MaxDeflateRatio <= ReadLimits.MaxInflatedStream)
        {
            return null;
        }

        // The stream keywords and filters are found in the file read as Latin-1 text, one character a byte.
        var latin1Pdf = Encoding.Latin1.GetString(pdf);
        long total = 0;
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchSize);
        try
        {
            foreach (var (dataStart, objectNumber) in FlateStreams(latin1Pdf))
            {
                var size = InflatedSize(pdf, dataStart, scratch, Math.Min(ReadLimits.MaxInflatedStream, ReadLimits.MaxInflatedTotal - total));
                total += size;
                if (size > ReadLimits.MaxInflatedStream)
                {
                    return Invariant($"too large to read safely: a compressed stream (object {objectNumber}) unpacks to more than {ReadLimits.MaxInflatedStream >> 20} MB, a \"PDF bomb\"; no report needs that — get the file again from its source");
                }

                if (total > ReadLimits.MaxInflatedTotal)
                {
                    return Invariant($"too large to read safely: its compressed streams unpack to more than {ReadLimits.MaxInflatedTotal >> 20} MB together, a \"PDF bomb\"; no report needs that — get the file again from its source");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }

        return null;
    }

    // Where each Flate stream's data starts, with its object number ("?" when not found).
    private static IEnumerable<(int DataStart, string ObjectNumber)> FlateStreams(string pdf)
    {
        foreach (Match keyword in StreamKeyword().Matches(pdf))
        {
            var windowStart = Math.Max(0, keyword.Index - DictionaryWindow);
            var window = pdf.AsSpan(windowStart, keyword.Index - windowStart);
            var header = window.LastIndexOf(" obj", StringComparison.Ordinal);
            var dictionary = header < 0 ? window : window[header..];
            if (!FlateFilter().IsMatch(dictionary))
            {
                continue;
            }

            var number = header < 0 ? null : ObjectNumber().Match(pdf, windowStart, header).Groups[1].Value;
            yield return (keyword.Index + keyword.Length, string.IsNullOrEmpty(number) ? "?" : number);
        }
    }

    // Unpacks until the end of the data or until more than `limit` bytes came out.
    private static long InflatedSize(byte[] pdf, int start, byte[] scratch, long limit)
    {
        long size = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(pdf, start, pdf.Length - start, writable: false), CompressionMode.Decompress);
            int read;
            while (size <= limit && (read = inflater.Read(scratch, 0, scratch.Length)) > 0)
            {
                size += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or not zlib data: counted as far as it went; PdfPig reports the damage.
        }

        return size;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // "stream" followed by its end of line (CR LF, LF, or a lone CR from old Mac writers), not the end of "endstream".
    [GeneratedRegex(@"(?<![a-z])stream(?:\r\n|\n|\r)", RegexOptions.CultureInvariant)]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Fl(ateDecode)?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FlateFilter();

    [GeneratedRegex(@"([0-9]{1,10})\s+[0-9]{1,5}\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ObjectNumber();
}
