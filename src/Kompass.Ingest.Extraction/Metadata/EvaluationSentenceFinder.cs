using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Finds the sentences that say when the evaluation took place: a sentence holding one of
/// <see cref="MetadataOptions.EvaluationVerbs"/> ("genomfördes") and one of
/// <see cref="MetadataOptions.EvaluationSubjects"/> ("utvärdering…"), wherever the date stands in
/// it ("Utvärderingen … genomfördes i februari 2017", "Under hösten 2016 genomfördes
/// utvärderingen"). A sentence ends at a full stop, question or exclamation mark followed by a
/// capital, so "ca. 20" and "t.ex." do not end one; nor does it run over a block break of the
/// layout (a heading, a new page). Pure and thread-safe.
/// </summary>
public sealed class EvaluationSentenceFinder
{
    private const int MaxSentence = 320;

    private readonly Regex _verb;
    private readonly IReadOnlyList<string> _subjects;

    /// <summary>Builds the verb pattern from the vocabulary.</summary>
    public EvaluationSentenceFinder(MetadataOptions? options = null)
    {
        var vocabulary = options ?? MetadataOptions.Default;
        var verbs = string.Join('|', vocabulary.EvaluationVerbs.Select(v => Regex.Escape(v).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        // Compiled: built once per extractor from the options, then run over the text of every document.
        _verb = new Regex($@"(?<!\p{{L}})(?:{verbs})(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _subjects = vocabulary.EvaluationSubjects;
    }

    /// <summary>The dating sentences of <paramref name="stream"/>, in order, each once; no sentence crosses a block break.</summary>
    public IReadOnlyList<SentenceSpan> Find(TextStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = stream.Text;
        var found = new List<SentenceSpan>();
        foreach (Match verb in _verb.Matches(text))
        {
            var sentence = SentenceAround(stream, verb.Index, verb.Index + verb.Length);
            var lower = LowerCase.Swedish(text.Substring(sentence.Start, sentence.Length));
            if (_subjects.Any(s => lower.Contains(s, StringComparison.Ordinal)) && !found.Any(f => f.Start == sentence.Start))
            {
                found.Add(sentence);
            }
        }

        return found;
    }

    private static SentenceSpan SentenceAround(TextStream stream, int from, int to)
    {
        var text = stream.Text;
        var start = from;
        while (start > 0 && from - start < MaxSentence && !EndsSentenceAt(text, start - 1) && !stream.IsBlockStart(start))
        {
            start--;
        }

        var end = to;
        while (end < text.Length && end - to < MaxSentence && !EndsSentenceAt(text, end) && !stream.IsBlockStart(end + 1))
        {
            end++;
        }

        return new SentenceSpan(start, Math.Min(end + 1, text.Length) - start, from);
    }

    private static bool EndsSentenceAt(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next >= text.Length || (next > i + 1 && char.IsUpper(text[next]));
    }
}
