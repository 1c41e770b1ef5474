using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Makes PDFsharp's output byte-for-byte reproducible. PDFsharp writes three random things: the
/// XMP document/instance UUIDs, the six-letter font subset tags ("HHKRCN+DejaVu") and the trailer
/// /ID. Each is replaced by a value of the same length derived from the rest of the file, so the
/// cross-reference offsets stay valid and the same drawing gives the same SHA-256 (truth files
/// name documents by hash). Not for encrypted files: their key depends on the /ID.
/// </summary>
public static partial class ReproducibleBytes
{
    /// <summary>Returns <paramref name="pdf"/> with its random parts replaced deterministically.</summary>
    public static byte[] Normalise(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var blanked = Uuid().Replace(SubsetTag().Replace(TrailerId().Replace(text, "/ID[]"), "/AAAAAA+"), "uuid:");
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(blanked)));

        var uuidIndex = 0;
        text = Uuid().Replace(text, m => "uuid:" + FormatUuid(Derive(digest, $"uuid{uuidIndex++}")));
        text = SubsetTag().Replace(text, m => "/" + Letters(Derive(digest, m.Groups[2].Value)) + "+");
        text = TrailerId().Replace(text, m => Regex.Replace(m.Value, "<[0-9A-Fa-f]+>", h => "<" + Derive(digest, "id")[..(h.Length - 2)] + ">"));
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Derive(string digest, string salt)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(digest + salt)));

    private static string FormatUuid(string hex)
        => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}".ToLowerInvariant();

    private static string Letters(string hex) => new(hex[..6].Select(c => (char)('A' + (Convert.ToInt32(c.ToString(), 16) % 26))).ToArray());

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    // The tag is keyed by the font name after it, so /BaseFont and /FontName of one subset agree.
    [GeneratedRegex("/([A-Z]{6})\\+(?=([^\\s/\\[\\]<>()]+))")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("/ID\\s*\\[\\s*<[0-9A-Fa-f]+>\\s*<[0-9A-Fa-f]+>\\s*\\]")]
    private static partial Regex TrailerId();
}
