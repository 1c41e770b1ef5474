using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Saves a <see cref="PdfCanvas"/> document encrypted with a user password (RC4, 128-bit, revision 3) and makes the
/// bytes reproducible. <see cref="ReproducibleBytes"/> cannot be applied as is: the key depends on
/// the trailer /ID, and the XMP stream with PDFsharp's random UUIDs is encrypted. So the /ID is
/// fixed before saving, the XMP stream is decrypted, given derived UUIDs and encrypted again
/// (same length, so offsets hold), and only the font subset tags are normalised afterwards.
/// </summary>
public static partial class EncryptedPdf
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>
    /// Encrypts and saves the document drawn on <paramref name="canvas"/> (instead of
    /// <see cref="PdfCanvas.Save"/>); <paramref name="documentId"/> (32 characters) becomes both
    /// parts of the trailer /ID. The same drawing and arguments give the same bytes. The drawing
    /// must be finished with a <see cref="PdfCanvas.DecorateAllPages"/> pass (page numbers,
    /// footers), which closes the graphics of every page as <see cref="PdfCanvas.Save"/> would.
    /// </summary>
    public static byte[] Save(PdfCanvas canvas, string userPassword, string ownerPassword, string documentId)
    {
        Guard.NotNull(canvas);
        Guard.That(documentId.Length == 32, "the document id is 32 characters");

        var document = canvas.Document;
        document.Internals.FirstDocumentID = documentId;
        document.Internals.SecondDocumentID = documentId;
        document.SecurityHandler.SetEncryptionToV2With128Bits();
        document.SecuritySettings.UserPassword = userPassword;
        document.SecuritySettings.OwnerPassword = ownerPassword;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);

        var text = Encoding.Latin1.GetString(stream.ToArray());
        var key = FileKey(userPassword, ownerPassword, Permissions(text), Encoding.Latin1.GetBytes(documentId));
        text = FixMetadata(text, key);
        var trailerId = TrailerId().Match(text).Value;
        var normalised = Encoding.Latin1.GetString(ReproducibleBytes.Normalise(Encoding.Latin1.GetBytes(text)));
        return Encoding.Latin1.GetBytes(TrailerId().Replace(normalised, trailerId));
    }

    // An opened document keeps its old XMP stream (orphaned) and gets a new one: fix every one.
    private static string FixMetadata(string text, byte[] fileKey)
    {
        var matches = MetadataStream().Matches(text);
        Guard.That(matches.Count > 0, "PDFsharp writes an uncompressed XMP stream");
        foreach (Match match in matches)
        {
            text = FixMetadataStream(text, match, fileKey);
        }

        return text;
    }

    private static string FixMetadataStream(string text, Match match, byte[] fileKey)
    {
        var objectNumber = int.Parse(match.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var length = int.Parse(match.Groups["len"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var start = match.Index + match.Length;
        var objectKey = ObjectKey(fileKey, objectNumber);
        var xmp = Encoding.Latin1.GetString(Rc4.Transform(objectKey, Encoding.Latin1.GetBytes(text.Substring(start, length))));
        Guard.That(xmp.StartsWith("<?xpacket", StringComparison.Ordinal), "the XMP stream decrypts with the computed key");

        var digest = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(Uuid().Replace(xmp, "uuid:"))));
        var index = 0;
        xmp = Uuid().Replace(xmp, _ =>
        {
            var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(digest + index++)));
            return $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
        });
        var encrypted = Encoding.Latin1.GetString(Rc4.Transform(objectKey, Encoding.Latin1.GetBytes(xmp)));
        return string.Concat(text.AsSpan(0, start), encrypted, text.AsSpan(start + length));
    }

    private static int Permissions(string text)
        => int.Parse(PermissionsEntry().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    // Algorithm 3 of the PDF reference (revision 3): the /O entry.
    private static byte[] OwnerEntry(string ownerPassword, string userPassword)
    {
        var hash = MD5.HashData(Pad(ownerPassword));
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash);
        }

        var data = Rc4.Transform(hash, Pad(userPassword));
        for (byte i = 1; i <= 19; i++)
        {
            data = Rc4.Transform(hash.Select(b => (byte)(b ^ i)).ToArray(), data);
        }

        return data;
    }

    // Algorithm 2 of the PDF reference (revision 3, 128-bit key).
    private static byte[] FileKey(string userPassword, string ownerPassword, int permissions, byte[] firstId)
    {
        var input = Pad(userPassword).Concat(OwnerEntry(ownerPassword, userPassword)).Concat(BitConverter.GetBytes(permissions)).Concat(firstId).ToArray();
        var hash = MD5.HashData(input);
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash);
        }

        return hash;
    }

    private static byte[] ObjectKey(byte[] fileKey, int objectNumber)
        => MD5.HashData([.. fileKey, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0]);

    private static byte[] Pad(string password) => Encoding.Latin1.GetBytes(password).Concat(Padding).Take(32).ToArray();

    [GeneratedRegex(@"(?<num>\d+) 0 obj\s*<</Type/Metadata/Subtype/XML/Length (?<len>\d+)>>\s*stream\r?\n")]
    private static partial Regex MetadataStream();

    [GeneratedRegex(@"/P (-?\d+)")]
    private static partial Regex PermissionsEntry();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}
