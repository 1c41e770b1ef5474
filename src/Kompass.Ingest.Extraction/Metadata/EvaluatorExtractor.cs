using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ReportExtraction.Evaluators"/>: the names, in printed order, of the first block
/// a label introduces ("Utvärderare:", "UTVÄRDERARE"; on the cover, else on any page), else of the
/// first run of cover lines below the title that read wholly as names and organisations. Names
/// printed in capitals keep that form unless the document prints the same name in mixed case
/// elsewhere. Kompass documents only: a policy's "Dokumentansvarig" is no evaluator. Pure and
/// thread-safe.
/// </summary>
public sealed class EvaluatorExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(EvaluatorExtractor));

    private readonly MetadataOptions _options;
    private readonly EvaluatorListParser _parser;
    private readonly Regex _label;

    /// <summary>
    /// Builds the extractor from the vocabulary; with <paramref name="places"/> (the official list)
    /// a lone place beside a name ("Ingmar Kärrsten Halmstad") reads as the organisation.
    /// </summary>
    public EvaluatorExtractor(MetadataOptions? options = null, MunicipalityDirectory? places = null)
    {
        _options = options ?? MetadataOptions.Default;
        _parser = new EvaluatorListParser(_options, places is null ? null : new MunicipalityMatcher(places));
        var labels = string.Join('|', _options.EvaluatorLabels.Select(Regex.Escape));
        // Compiled: built once per extractor from the options, then run over the text of every document.
        _label = CompiledPatterns.Get($@"^\s*(?:{labels})(?!\p{{L}})\s*(?::\s*|(?:var|är)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public override ReportExtraction Extract(MetadataSource source, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        if (!IsKompass(source.Type))
        {
            return draft;
        }

        var block = FromLabel(source) ?? FromCover(source);
        if (block is null)
        {
            return draft;
        }

        var (stream, skip) = block.Value;
        var names = _parser.Parse(stream.Text[skip..]).Names
            .Select(n => Sourced.Of(MixedCase(n.Name, source), stream.ProvenanceOf(skip + n.Start, n.Length, ExtractorName)))
            .ToList();
        return names.Count == 0 ? draft : draft with { Evaluators = names };
    }

    private (TextStream Stream, int Skip)? FromLabel(MetadataSource source)
    {
        // The cover first; a memo names its evaluators in a section near its end.
        var pages = source.Context.Pages.OrderBy(p => p == source.Cover ? 0 : 1).ThenBy(p => p.Number);
        foreach (var page in pages)
        {
            var lines = source.Furniture.BodyLines(page);
            for (var i = 0; i < lines.Count; i++)
            {
                var label = _label.Match(lines[i].Text);
                if (!label.Success)
                {
                    continue;
                }

                // A continuation line belongs to the block when the block still reads wholly as
                // names and organisations with it: a list set as running text wraps anywhere
                // ("Landstinget i Kalmar" / "län och Ingrid Vikström").
                // The block's text and its reading are kept from the last line taken, not read again.
                var block = new List<TextLine> { lines[i] };
                (TextStream Stream, EvaluatorList List)? read = null;
                for (var j = i + 1; j < lines.Count && Continues(block[^1], lines[j]) && !_label.IsMatch(lines[j].Text); j++)
                {
                    var joined = TextStream.Of(block.Append(lines[j]), keepLineBreaks: true);
                    var reading = _parser.Parse(joined.Text[label.Length..]);
                    if (!reading.IsComplete)
                    {
                        break;
                    }

                    block.Add(lines[j]);
                    read = (joined, reading);
                }

                if (read is null)
                {
                    var alone = TextStream.Of(block, keepLineBreaks: true);
                    read = (alone, _parser.Parse(alone.Text[label.Length..]));
                }

                // A label opens a list only when what follows reads wholly as one: "Utvärderarna
                // har träffat politiker, Anna Svensson och …" is prose.
                if (read.Value.List is { IsComplete: true, Names.Count: > 0 })
                {
                    return (read.Value.Stream, label.Length);
                }
            }
        }

        return null;
    }

    // The first run of lines below the title that read as names, in the cover's zone: prose (a
    // memo that starts on its first page) ends the search.
    private (TextStream Stream, int Skip)? FromCover(MetadataSource source)
    {
        var run = new List<TextLine>();
        foreach (var line in source.LinesBelowTitle.TakeWhile(l => !IsProse(l)))
        {
            var reading = line.Text.Any(char.IsDigit) ? null : _parser.Parse(line.Text);
            if (reading is { IsComplete: true, Names.Count: > 0 } && (run.Count == 0 || Continues(run[^1], line)))
            {
                run.Add(line);
            }
            else if (run.Count > 0 && reading is not { IsOrganisationsOnly: true })
            {
                break;
            }
        }

        return run.Count == 0 ? null : (TextStream.Of(run, keepLineBreaks: true), 0);
    }

    private bool IsProse(TextLine line)
        => line.Words.Count >= _options.ProseMinWords && line.Words.Count(w => w.Text.Length > 0 && char.IsLower(w.Text[0])) * 2 > line.Words.Count;

    // The next line of a block: close below the last one (baseline to baseline).
    private bool Continues(TextLine last, TextLine next)
        => next.Page == last.Page && last.Box.Bottom - next.Box.Bottom <= _options.EvaluatorBlockGapLines * Math.Max(last.FontSize, next.FontSize);

    // A name printed in capitals, as the document prints it in mixed case elsewhere, if it does.
    private static string MixedCase(string name, MetadataSource source)
    {
        if (name.Any(char.IsLower) || !name.Any(char.IsLetter))
        {
            return name;
        }

        var pattern = @"(?<!\p{L})" + string.Join(@"\s+", name.Split(' ').Select(Regex.Escape)) + @"(?!\p{L})";
        var texts = source.CoverLines.Select(l => l.Text).Append(source.Body.Text);
        var mixed = texts.SelectMany(t => Regex.Matches(t, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .FirstOrDefault(m => m.Value.Any(char.IsLower));
        return mixed is null ? name : string.Join(' ', mixed.Value.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
