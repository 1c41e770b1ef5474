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
        var headers = ObjectHeaders(latin1Pdf);
        for (var i = 0; i < headers.Count; i++)
        {
            var (number, start) = (headers[i].Number, headers[i].End);
            var end = i + 1 < headers.Count ? headers[i + 1].Start : latin1Pdf.Length;
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

    // Every object header "N G obj" (N of 1 to 10 digits not preceded by another, G of 1 to 5,
    // whitespace between, "obj" not followed by a letter, digit or '_'), in file order. Found from
    // each "obj" backwards: a search for digits would stop at every digit of the binary streams.
    private static List<(long Number, int Start, int End)> ObjectHeaders(string pdf)
    {
        var headers = new List<(long, int, int)>();
        for (var at = pdf.IndexOf("obj", StringComparison.Ordinal); at >= 0; at = pdf.IndexOf("obj", at + 3, StringComparison.Ordinal))
        {
            var end = at + 3;
            if (end < pdf.Length && (char.IsLetterOrDigit(pdf[end]) || pdf[end] == '_'))
            {
                continue;
            }

            var generation = SkipBack(pdf, SkipBack(pdf, at - 1, char.IsWhiteSpace, 1, int.MaxValue), char.IsAsciiDigit, 1, 5);
            var numberEnd = SkipBack(pdf, generation, char.IsWhiteSpace, 1, int.MaxValue);
            var numberStart = SkipBack(pdf, numberEnd, char.IsAsciiDigit, 1, 10);
            if (generation == NoMatch || numberEnd == NoMatch || numberStart == NoMatch)
            {
                continue;
            }

            var number = long.Parse(pdf.AsSpan(numberStart + 1, numberEnd - numberStart), NumberStyles.None, CultureInfo.InvariantCulture);
            headers.Add((number, numberStart + 1, end));
        }

        return headers;
    }

    private const int NoMatch = int.MinValue;

    // From `from` backwards over a run of `min` to `max` characters of the kind (the whole run:
    // a longer one does not match); the position before the run, or NoMatch.
    private static int SkipBack(string text, int from, Func<char, bool> kind, int min, int max)
    {
        if (from == NoMatch)
        {
            return NoMatch;
        }

        var at = from;
        while (at >= 0 && kind(text[at]))
        {
            at--;
        }

        var length = from - at;
        return length >= min && length <= max ? at : NoMatch;
    }

    private static long Number(Group group) => long.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G\s*([0-9]{1,10})\s+[0-9]{1,5}\s+R\s*endobj", RegexOptions.CultureInvariant)]
    private static partial Regex PureReference();

    [GeneratedRegex(@"/Parent\s*([0-9]{1,10})\s+[0-9]{1,5}\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex ParentLink();
}
