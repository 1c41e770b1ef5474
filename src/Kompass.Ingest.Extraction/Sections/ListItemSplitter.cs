using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Splits a block's lines into items. With list markers, each marked line starts an item and the
/// lines after it continue it. Without markers the geometry decides: a hanging indent (items start
/// at the list's edge, continuations further right); else, where the list is spaced, a gap wider
/// than the normal line spacing; else, in a list that shows no wrapped line at all (no line after
/// the first starts in lower case, and some line ends short before a capital), every line is an
/// item, long ones too; else a line that ends short (the next line's first word would have fitted
/// after it) followed by a line that does not start in lower case. Across a page break
/// a line starting in lower case continues the item, and a capitalised line after a short or
/// finished line starts one. Pure.
/// </summary>
internal sealed class ListItemSplitter(AreaSectionOptions options)
{
    /// <summary>The items of <paramref name="block"/> in printed order.</summary>
    public List<ListItem> Split(SectionBlock block, BodyText body)
    {
        var lines = block.Lines;
        var markers = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            markers[i] = ListMarker.IsMarked(lines[i].Words);
        }

        // The geometry is measured only for a list without markers, the only kind it splits.
        var marked = Array.IndexOf(markers, true) >= 0;
        var layout = marked ? null : new Layout(block, body, options);
        var items = new List<List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var starts = i == 0 || (marked ? markers[i] : layout!.StartsItem(i));
            if (starts)
            {
                items.Add([]);
            }

            items[^1].Add(i);
        }

        return items.Select(item => new ListItem(
                item.Select(i => lines[i]).ToList(),
                ItemTextJoiner.Join(TextsOf(lines, item), body.HasWord, options.KeepHyphenBefore)))
            .Where(item => item.Text.Length > 0)
            .ToList();
    }

    // The lines of an item as the joiner takes them, each with words: its first word and its
    // text. Only the item's first line can open with a marker, and it alone is stripped of it.
    private static IEnumerable<(string FirstWord, string Text)> TextsOf(IReadOnlyList<TextLine> lines, List<int> item)
    {
        var first = ListMarker.Strip(lines[item[0]].Words).Words;
        if (first.Count > 0)
        {
            yield return (first[0], string.Join(' ', first));
        }

        for (var k = 1; k < item.Count; k++)
        {
            var line = lines[item[k]];
            if (line.Words.Count > 0)
            {
                yield return (line.Words[0].Text, line.Text);
            }
        }
    }

    // The geometry of a list without markers.
    private sealed class Layout
    {
        private readonly IReadOnlyList<TextLine> _lines;
        private readonly BodyText _body;
        private readonly AreaSectionOptions _options;
        private readonly bool _inColumns;
        private readonly double _edge;
        private readonly bool _hanging;
        private readonly double _pitch;
        private readonly bool _spaced;
        private readonly bool _onePerLine;

        // The right edge of the list's widest line.
        private readonly double _right;

        public Layout(SectionBlock block, BodyText body, AreaSectionOptions options)
        {
            _lines = block.Lines;
            _body = body;
            _options = options;
            _inColumns = block.InColumns;
            _right = _lines.Max(l => l.Box.Right);
            var em = _lines[0].FontSize;
            _edge = Relative(_lines[0]);
            _hanging = _lines.Any(l => Relative(l) - _edge >= options.HangingIndentEm * em && Relative(l) - _edge <= options.MaxListIndentEm * em);
            var gaps = new List<double>();
            for (var i = 1; i < _lines.Count; i++)
            {
                if (Gap(i) is { } gap && gap >= 0.8 * em)
                {
                    gaps.Add(gap);
                }
            }

            _pitch = gaps.Count > 0 ? Math.Min(body.Pitch(em), gaps.Min()) : body.Pitch(em);
            _spaced = gaps.Any(g => g > _pitch * options.ItemGapRatio);
            _onePerLine = !_hanging && !_spaced && _lines.Count >= 3
                          && _lines.Skip(1).All(l => !StartsLower(l))
                          && Enumerable.Range(1, _lines.Count - 1).Any(i => _lines[i].Page == _lines[i - 1].Page && EndsShort(_lines[i - 1], _lines[i]));
        }

        public bool StartsItem(int i)
        {
            var previous = _lines[i - 1];
            var line = _lines[i];
            if (_hanging)
            {
                return Relative(line) - _edge < _options.HangingIndentEm * line.FontSize;
            }

            if (_onePerLine)
            {
                return true;
            }

            if (line.Page != previous.Page)
            {
                return !StartsLower(line) && (EndsShort(previous, line) || EndsSentence(previous));
            }

            return _spaced ? Gap(i) > _pitch * _options.ItemGapRatio : !StartsLower(line) && EndsShort(previous, line);
        }

        private double Relative(TextLine line) => line.Box.Left - _body.LeftMargin(line.Page);

        private double? Gap(int i)
            => _lines[i].Page == _lines[i - 1].Page ? BodyText.Baseline(_lines[i - 1]) - BodyText.Baseline(_lines[i]) : null;

        // The next line's first word would have fitted after this line, with room to spare.
        private bool EndsShort(TextLine line, TextLine next)
        {
            var right = _right;
            if (!_inColumns)
            {
                right = Math.Max(right, _body.RightMargin(line.Page));
            }

            var word = next.Words[0].Box.Width;
            return line.Box.Right + (0.25 * line.FontSize) + word + (_options.FitToleranceEm * line.FontSize) <= right;
        }

        private static bool StartsLower(TextLine line)
        {
            var letter = line.Text.FirstOrDefault(char.IsLetterOrDigit);
            return letter != default && char.IsLower(letter);
        }

        private static bool EndsSentence(TextLine line) => line.Text.TrimEnd(')', '"', '\u201D', ' ').EndsWith('.') || line.Text.TrimEnd().EndsWith('?') || line.Text.TrimEnd().EndsWith('!');
    }
}
