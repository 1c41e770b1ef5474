using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Looks at a file's object graph before PdfPig does, for the shapes that make PdfPig recurse
/// without end: a chain or loop of objects that are only references to other objects, and a tree
/// of /Parent links too deep or looping back on itself (see <see cref="ReadLimits"/>). A stack
/// overflow cannot be caught in .NET, so these must be refused before PdfPig sees them. Objects
/// inside compressed object streams are not seen; PdfPig reads those itself.
/// </summary>
internal static partial class ObjectGraphCheck
{
    private const string Advice = "the file is damaged or built to crash readers; get an intact copy from its source";

    /// <summary>Null when the graph is safe to read; else the one-line reason.</summary>
    public static string? Check(string latin1Pdf)
    {
        var references = new Dictionary<long, long>();
        var parents = new Dictionary<long, long>();
        var headers = ObjectHeader().Matches(latin1Pdf);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var number = Number(header.Groups[1]);
            var start = header.Index + header.Length;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : latin1Pdf.Length;
            var reference = PureReference().Match(latin1Pdf, start);
            if (reference.Success && reference.Index + reference.Length <= end)
            {
                references[number] = Number(reference.Groups[1]);
                continue;
            }

            var body = latin1Pdf.IndexOf("stream", start, end - start, StringComparison.Ordinal);
            var parent = ParentLink().Match(latin1Pdf, start, (body < 0 ? end : body) - start);
            if (parent.Success)
            {
                parents[number] = Number(parent.Groups[1]);
            }
        }

        return Longest(references, ReadLimits.MaxReferenceChain, "references") ?? Longest(parents, ReadLimits.MaxTreeDepth, "/Parent links");
    }

    // Follows every chain once (iteratively: this check must not recurse either); a loop, or a
    // chain longer than the limit, is the reason.
    private static string? Longest(Dictionary<long, long> links, int limit, string what)
    {
        var length = new Dictionary<long, int>();
        foreach (var first in links.Keys)
        {
            var path = new List<long>();
            var onPath = new HashSet<long>();
            var node = first;
            int tail;
            while (true)
            {
                if (length.TryGetValue(node, out tail))
                {
                    break;
                }

                if (!onPath.Add(node))
                {
                    var loop = path.Count - path.IndexOf(node);
                    return Invariant($"damaged PDF: object {node} leads back to itself through a loop of {loop} {what}; {Advice}");
                }

                path.Add(node);
                if (!links.TryGetValue(node, out var next))
                {
                    tail = -1;
                    break;
                }

                node = next;
            }

            for (var k = path.Count - 1; k >= 0; k--)
            {
                length[path[k]] = ++tail;
                if (tail > limit)
                {
                    return Invariant($"damaged PDF: a chain of more than {limit} {what} (from object {path[0]}), more than kompass follows; {Advice}");
                }
            }
        }

        return null;
    }

    private static long Number(Group group) => long.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,10})\s+[0-9]{1,5}\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\G\s*([0-9]{1,10})\s+[0-9]{1,5}\s+R\s*endobj", RegexOptions.CultureInvariant)]
    private static partial Regex PureReference();

    [GeneratedRegex(@"/Parent\s*([0-9]{1,10})\s+[0-9]{1,5}\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex ParentLink();
}
