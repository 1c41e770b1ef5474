using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Review;

/// <summary>
/// Stable ids for flags. A flag is recomputed with every extraction, so it has no stored number;
/// its id is derived from what it is about (document, code, area, question, and its rank among
/// flags of that same key), never from its message, whose values change when a correction does.
/// Ten hex digits: short enough to type after <c>kompass dismiss</c>, long enough not to collide.
/// </summary>
public static class FlagIds
{
    /// <summary>The id of <paramref name="flag"/> on document <paramref name="sha256"/>; <paramref name="rank"/> counts earlier flags with the same code, area and question (0 for the first).</summary>
    public static string Of(string sha256, Flag flag, int rank)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentNullException.ThrowIfNull(flag);
        var key = string.Create(CultureInfo.InvariantCulture, $"{sha256}|{flag.Code}|{flag.Area}|{flag.Question}|{rank}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    /// <summary>The ids of a document's flags, in their order: ranks are counted per code, area and question.</summary>
    public static IReadOnlyList<string> ForDocument(string sha256, IReadOnlyList<Flag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var seen = new Dictionary<(string, int?, string?), int>();
        var ids = new List<string>(flags.Count);
        foreach (var flag in flags)
        {
            var key = (flag.Code, flag.Area, flag.Question);
            var rank = seen.GetValueOrDefault(key);
            seen[key] = rank + 1;
            ids.Add(Of(sha256, flag, rank));
        }

        return ids;
    }
}
