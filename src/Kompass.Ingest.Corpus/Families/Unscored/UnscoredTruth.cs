using System.Security.Cryptography;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Builds the truth of a document that carries no scores (memo, related document) or could not be
/// read at all. Sha256 and path are filled from the bytes and path too, so a truth is valid on its
/// own; the generator may overwrite them with the same values.
/// </summary>
public static class UnscoredTruth
{
    /// <summary>The contract's name for a PM memo.</summary>
    public const string PmType = "kommunkompassen-pm";

    /// <summary>The contract's name for a policy, strategy or other document without scores.</summary>
    public const string RelatedType = "related-document";

    /// <summary>The contract's name for a file that is damaged, encrypted, empty or has no text.</summary>
    public const string UnreadableType = "unreadable";

    /// <summary>The truth of a readable document without scores.</summary>
    public static TruthDocument Readable(string family, string path, byte[] bytes, PrintedFacts facts)
        => new()
        {
            Sha256 = Sha256Hex(bytes),
            Path = path,
            DocumentType = facts.DocumentType,
            Title = facts.Title,
            Municipality = facts.Municipality?.ToExport(),
            Year = facts.Year,
            Month = facts.Month,
            ReportDate = facts.ReportDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Evaluators = facts.Evaluators,
            Family = family,
        };

    /// <summary>The truth of a file no reader can get text from; <paramref name="error"/> is a one-line reason.</summary>
    public static TruthDocument Unreadable(string family, string path, byte[] bytes, string error)
        => new()
        {
            Sha256 = Sha256Hex(bytes),
            Path = path,
            DocumentType = UnreadableType,
            Error = error,
            Family = family,
        };

    /// <summary>Lowercase hex SHA-256, the contract's document identity.</summary>
    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
