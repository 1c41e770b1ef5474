using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ReportExtraction.MunicipalityAsPrinted"/> and <see cref="ReportExtraction.Municipality"/>
/// from the first place that names one: the title; a cover line that is only a name ("Landstinget
/// i Uppsala län"); the body's "Utvärderingen av X kommun …"; a running header or footer; the
/// file name. Regionkompassen documents name regions. See <see cref="MunicipalityReader"/> for
/// what counts as a name. Pure and thread-safe.
/// </summary>
public sealed class MunicipalityExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(MunicipalityExtractor));

    private readonly MunicipalityReader _reader;
    private readonly MetadataOptions _options;
    private readonly EvaluationSentenceFinder _sentences;
    private readonly HashSet<string> _keywords;
    private readonly Regex _subject;

    /// <summary>Reads names against <paramref name="directory"/> (the caller parses it from pipelines/reference).</summary>
    public MunicipalityExtractor(MunicipalityDirectory directory, MetadataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _options = options ?? MetadataOptions.Default;
        _reader = new MunicipalityReader(new MunicipalityMatcher(directory), _options);
        _sentences = new EvaluationSentenceFinder(_options);
        _keywords = new HashSet<string>(_options.CoverKeywords.Concat(_options.Months.Keys), StringComparer.OrdinalIgnoreCase);
        var subjects = string.Join('|', _options.SubjectNouns.Select(Regex.Escape));
        // Compiled: built once per extractor from the options, then run over the text of every document.
        _subject = CompiledPatterns.Get($@"\b(?:{subjects})\s+av\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public override ReportExtraction Extract(MetadataSource source, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        if (source.Type == DocumentType.Unreadable)
        {
            return draft;
        }

        var region = source.Type == DocumentType.Regionkompassen;
        var found = FromTitle(source, region) ?? FromCoverLine(source, region) ?? FromBody(source, region)
            ?? FromFurniture(source, region) ?? FromFileName(source, region);
        return found is null
            ? draft
            : draft with { MunicipalityAsPrinted = found.Value.Printed, Municipality = found.Value.Municipality };
    }

    private (Sourced<string> Printed, Municipality Municipality)? FromTitle(MetadataSource source, bool region)
    {
        if (source.TitleLines.Count > 0)
        {
            return First(TextStream.Of(source.TitleLines), region, _ => true);
        }

        if (source.Title is not { } title)
        {
            return null;
        }

        var reading = _reader.Read(title.Value, region).FirstOrDefault();
        return reading is null ? null : (Sourced.Of(reading.Phrase.Printed, title.Source with { Extractor = ExtractorName }), reading.Municipality);
    }

    // A cover line that is a name and nothing else (dates and numbers aside): a subtitle, not an
    // evaluator's organisation ("Ewa Luvö, Borås kommun").
    private (Sourced<string> Printed, Municipality Municipality)? FromCoverLine(MetadataSource source, bool region)
    {
        foreach (var line in source.LinesBelowTitle)
        {
            var stream = TextStream.Of([line]);
            var whole = First(stream, region, r => IsWholeLine(line.Text, r.Phrase));
            if (whole is not null)
            {
                return whole;
            }
        }

        return null;
    }

    // "Utvärderingen av X kommun …" names the body; else a closed phrase in the sentence that
    // dates the evaluation ("Kommunkompassen genomfördes i Solna stad i april 2010").
    private (Sourced<string> Printed, Municipality Municipality)? FromBody(MetadataSource source, bool region)
    {
        var text = source.Body.Text;
        foreach (Match subject in _subject.Matches(text))
        {
            var start = subject.Index + subject.Length;
            var window = text.Substring(start, Math.Min(80, text.Length - start));
            var reading = _reader.Read(window, region).Where(r => r.Phrase.Start == 0).MinBy(r => r.Phrase.Kind == MunicipalityPhraseKind.Bare ? 1 : 0);
            if (reading is not null)
            {
                return (Sourced.Of(reading.Phrase.Printed, source.Body.ProvenanceOf(start, reading.Phrase.Length, ExtractorName)), reading.Municipality);
            }
        }

        foreach (var sentence in _sentences.Find(source.Body))
        {
            var reading = _reader.Read(text.Substring(sentence.Start, sentence.Length), region)
                .FirstOrDefault(r => r.Phrase.Kind != MunicipalityPhraseKind.Bare);
            if (reading is not null)
            {
                var start = sentence.Start + reading.Phrase.Start;
                return (Sourced.Of(reading.Phrase.Printed, source.Body.ProvenanceOf(start, reading.Phrase.Length, ExtractorName)), reading.Municipality);
            }
        }

        return null;
    }

    private (Sourced<string> Printed, Municipality Municipality)? FromFurniture(MetadataSource source, bool region)
    {
        foreach (var line in source.Furniture.Lines.Where(l => l.Kind == FurnitureKind.RunningText).Select(l => l.Line))
        {
            var found = First(TextStream.Of([line]), region, r => r.Phrase.Kind != MunicipalityPhraseKind.Bare);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private (Sourced<string> Printed, Municipality Municipality)? FromFileName(MetadataSource source, bool region)
    {
        var name = Path.GetFileNameWithoutExtension(source.Context.FileName);
        var words = Regex.Replace(name, @"[_\s.]+", " ");
        var reading = _reader.Read(words, region, lowerCaseNames: true).FirstOrDefault()
            ?? _reader.Read(words.Replace('-', ' '), region, lowerCaseNames: true).FirstOrDefault();
        return reading is null
            ? null
            : (Sourced.Of(reading.Phrase.Printed, Provenance.Derived(ExtractorName, source.Context.FileName)), reading.Municipality);
    }

    private (Sourced<string> Printed, Municipality Municipality)? First(TextStream stream, bool region, Func<MunicipalityReading, bool> accept)
    {
        var reading = _reader.Read(stream.Text, region).FirstOrDefault(accept);
        return reading is null
            ? null
            : (Sourced.Of(reading.Phrase.Printed, stream.ProvenanceOf(reading.Phrase.Start, reading.Phrase.Length, ExtractorName)), reading.Municipality);
    }

    // Beside the name the line holds only cover words, months and numbers ("ANALYS AV
    // VALLENTUNA KOMMUN", "Kalix kommun 2012").
    private bool IsWholeLine(string line, MunicipalityPhrase phrase)
        => WordToken.Split(line.Remove(phrase.Start, phrase.Length))
            .All(w => w.Bare.Length == 0 || !w.Bare.Any(char.IsLetter) || _keywords.Contains(w.Bare));
}
