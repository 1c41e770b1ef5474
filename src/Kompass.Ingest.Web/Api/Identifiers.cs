using System.Text.RegularExpressions;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// The only shapes of identifier a URL may carry: a document's SHA-256 (64 lowercase hex digits)
/// and a flag's id (10 lowercase hex digits). Anything else (a prefix, upper case, a path) is
/// answered 404 before the store is opened.
/// </summary>
public static partial class Identifiers
{
    /// <summary>True for 64 lowercase hex digits.</summary>
    public static bool IsDocumentHash(string? text) => text is not null && DocumentHash().IsMatch(text);

    /// <summary>True for 10 lowercase hex digits.</summary>
    public static bool IsFlagId(string? text) => text is not null && FlagId().IsMatch(text);

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentHash();

    [GeneratedRegex(@"^[0-9a-f]{10}\z", RegexOptions.CultureInvariant)]
    private static partial Regex FlagId();
}
