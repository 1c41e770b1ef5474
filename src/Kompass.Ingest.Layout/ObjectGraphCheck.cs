using System.Globalization;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Looks at a file's object graph before PdfPig does, for the shapes that make PdfPig recurse
/// without end: a chain or loop of objects that are only references to other objects, and a tree
/// of /Parent links too deep or looping back on itself (see <see cref="ReadLimits"/>). A stack
/// overflow cannot be caught in .NET, so these must be refused before PdfPig sees them. Objects
/// inside compressed object streams are not seen; PdfPig reads those itself.
/// </summary>
internal static class ObjectGraphCheck
{
    private const string Advice = "the file is damaged or built to crash readers; get an intact copy from its source";

    /// <summary>Null when the graph is safe to read; else the one-line reason.</summary>
    public static string? Check(ReadOnlySpan<byte> pdf)
    {
        var (references, parents) = Links(pdf);
        return Longest(references, ReadLimits.MaxReferenceChain, "references") ?? Longest(parents, ReadLimits.MaxTreeDepth, "/Parent links");
    }

    /// <summary>
    /// The objects that are nothing but a reference ("5 0 obj 6 0 R endobj"), each with the object
    /// it refers to, and the objects whose dictionary (before any stream data) has a /Parent link,
    /// each with its parent. Read from the bytes as they are: decoding a whole file to a string
    /// first cost more than these scans, and a string twice the file's size.
    /// </summary>
    internal static (Dictionary<long, long> References, Dictionary<long, long> Parents) Links(ReadOnlySpan<byte> pdf)
    {
        var references = new Dictionary<long, long>();
        var parents = new Dictionary<long, long>();
        var headers = ObjectHeaders(pdf);
        for (var i = 0; i < headers.Count; i++)
        {
            var (number, start) = (headers[i].Number, headers[i].End);
            var end = i + 1 < headers.Count ? headers[i + 1].Start : pdf.Length;
            if (PureReference(pdf, start) is { } reference && reference.End <= end)
            {
                references[number] = reference.Target;
                continue;
            }

            var body = pdf[start..end].IndexOf("stream"u8);
            if (ParentLink(pdf[start..(body < 0 ? end : start + body)]) is { } parent)
            {
                parents[number] = parent;
            }
        }

        return (references, parents);
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
    private static List<(long Number, int Start, int End)> ObjectHeaders(ReadOnlySpan<byte> pdf)
    {
        var headers = new List<(long, int, int)>();
        for (var at = pdf.IndexOf("obj"u8); at >= 0; at = Next(pdf, at + 3, "obj"u8))
        {
            var end = at + 3;
            if (end < pdf.Length && (char.IsLetterOrDigit((char)pdf[end]) || pdf[end] == '_'))
            {
                continue;
            }

            var generation = SkipBack(pdf, SkipBack(pdf, at - 1, IsWhiteSpace, 1, int.MaxValue), char.IsAsciiDigit, 1, 5);
            var numberEnd = SkipBack(pdf, generation, IsWhiteSpace, 1, int.MaxValue);
            var numberStart = SkipBack(pdf, numberEnd, char.IsAsciiDigit, 1, 10);
            if (generation == NoMatch || numberEnd == NoMatch || numberStart == NoMatch)
            {
                continue;
            }

            headers.Add((Digits(pdf[(numberStart + 1)..(numberEnd + 1)]), numberStart + 1, end));
        }

        return headers;
    }

    // "N G R endobj" right at `start` (whitespace first allowed): N, and where the match ends.
    private static (long Target, int End)? PureReference(ReadOnlySpan<byte> pdf, int start)
    {
        var at = SkipWhiteSpace(pdf, start);
        if (Reference(pdf, ref at) is not { } target)
        {
            return null;
        }

        at = SkipWhiteSpace(pdf, at);
        return pdf[at..].StartsWith("endobj"u8) ? (target, at + "endobj".Length) : null;
    }

    // The target of the first "/Parent N G R" in `dictionary`.
    private static long? ParentLink(ReadOnlySpan<byte> dictionary)
    {
        for (var at = dictionary.IndexOf("/Parent"u8); at >= 0; at = Next(dictionary, at + 1, "/Parent"u8))
        {
            var after = SkipWhiteSpace(dictionary, at + "/Parent".Length);
            if (Reference(dictionary, ref after) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    // "N G R" at `at` (N of 1 to 10 digits, G of 1 to 5, whitespace between and before the R): N,
    // with `at` moved past the R; null when it is not there.
    private static long? Reference(ReadOnlySpan<byte> text, ref int at)
    {
        var number = DigitRun(text, at, 10);
        var generation = number < 0 ? -1 : DigitRun(text, SkipWhiteSpace(text, number, atLeastOne: true), 5);
        var r = generation < 0 ? -1 : SkipWhiteSpace(text, generation, atLeastOne: true);
        if (r < 0 || r >= text.Length || text[r] != 'R')
        {
            return null;
        }

        var target = Digits(text[at..number]);
        at = r + 1;
        return target;
    }

    // The end of a run of 1 to `max` ASCII digits starting at `at`, or -1 (a longer run does not match).
    private static int DigitRun(ReadOnlySpan<byte> text, int at, int max)
    {
        if (at < 0)
        {
            return -1;
        }

        var end = at;
        while (end < text.Length && char.IsAsciiDigit((char)text[end]))
        {
            end++;
        }

        return end > at && end - at <= max ? end : -1;
    }

    // Past the whitespace at `at`; -1 when `atLeastOne` and there is none.
    private static int SkipWhiteSpace(ReadOnlySpan<byte> text, int at, bool atLeastOne = false)
    {
        if (at < 0)
        {
            return -1;
        }

        var end = at;
        while (end < text.Length && IsWhiteSpace((char)text[end]))
        {
            end++;
        }

        return atLeastOne && end == at ? -1 : end;
    }

    // Whitespace as the regular expressions of the string version read it: a byte is the Latin-1
    // character of its value, so the no-break space and NEL count too.
    private static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c);

    private static long Digits(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static int Next(ReadOnlySpan<byte> text, int from, ReadOnlySpan<byte> value)
    {
        var found = from > text.Length ? -1 : text[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    private const int NoMatch = int.MinValue;

    // From `from` backwards over a run of `min` to `max` characters of the kind (the whole run:
    // a longer one does not match); the position before the run, or NoMatch.
    private static int SkipBack(ReadOnlySpan<byte> text, int from, Func<char, bool> kind, int min, int max)
    {
        if (from == NoMatch)
        {
            return NoMatch;
        }

        var at = from;
        while (at >= 0 && kind((char)text[at]))
        {
            at--;
        }

        var length = from - at;
        return length >= min && length <= max ? at : NoMatch;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
