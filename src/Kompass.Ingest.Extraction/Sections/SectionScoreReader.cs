using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Reads a section's score by geometry: the number on the score label's own line ("Poäng: 50,5",
/// "71 poäng" unless other numbers share its row),
/// else the number nearest to the label among the numbers standing alone on its row to the right
/// or just below it (a boxed call-out: "POÄNG" over a large "74"); a number sharing its row
/// with other numbers is a table cell, not a score. Only 0–100 is a section score.
/// The label, the number and a unit beside it ("av 100", "p") are taken. Pure.
/// </summary>
internal sealed partial class SectionScoreReader(SectionLabels labels, AreaSectionOptions options)
{
    /// <summary>The score of the section made of <paramref name="lines"/>, or null when it prints none.</summary>
    public SectionScore? Read(IReadOnlyList<TextLine> lines)
    {
        foreach (var label in lines.Where(l => labels.KindOf(l) == SectionLabelKind.Score))
        {
            var inline = labels.ReadScore(label.Text);

            // "71 poäng" is a number with its unit: beside other numbers on its row it is a table cell, not the section's score.
            if (char.IsDigit(label.Text.TrimStart()[0]) && IsTableCell(label, lines))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(inline) && ScoreText.TryParse(inline, out var own) && own <= 100)
            {
                var word = label.Words.FirstOrDefault(w => w.Text.StartsWith(inline, StringComparison.Ordinal)) ?? label.Words[^1];
                return new SectionScore(own, inline, label.Page, word.Box, [label]);
            }

            if (Nearest(label, lines) is { } number && ScoreText.TryParse(Number().Match(number.Text).Value, out var value))
            {
                var units = lines.Where(l => l.Page == number.Page && l.Row == number.Row && l.Box.Left >= number.Box.Right
                                            && l.Box.Left - number.Box.Right <= 6 * number.FontSize && Unit().IsMatch(l.Text.Trim()));
                return new SectionScore(value, number.Text, number.Page, number.Box, units.Prepend(number).Prepend(label).ToList());
            }
        }

        return null;
    }

    private TextLine? Nearest(TextLine label, IReadOnlyList<TextLine> lines)
    {
        var em = label.FontSize;
        TextLine? best = null;
        var bestDistance = double.MaxValue;
        foreach (var line in lines.Where(l => l.Page == label.Page && !ReferenceEquals(l, label)))
        {
            var match = Number().Match(line.Text.Trim());
            if (!match.Success || !ScoreText.TryParse(match.Value, out var value) || value > 100 || IsTableCell(line, lines))
            {
                continue;
            }

            double? distance = null;
            var sameRow = line.Box.CentreY <= label.Box.Top && line.Box.CentreY >= label.Box.Bottom - (0.3 * em);
            if (sameRow && line.Box.Left >= label.Box.Right - (0.2 * em) && line.Box.Left - label.Box.Right <= options.ScoreReachRightEm * em)
            {
                distance = line.Box.Left - label.Box.Right;
            }
            else if (line.Box.Top <= label.Box.Bottom + (0.3 * em) && label.Box.Bottom - line.Box.Top <= options.ScoreReachBelowEm * em
                     && line.Box.Right >= label.Box.Left - (2 * em) && line.Box.Left <= label.Box.Right + (2 * em))
            {
                distance = Math.Max(0, label.Box.Bottom - line.Box.Top) + (0.01 * Math.Abs(line.Box.Left - label.Box.Left));
            }

            if (distance is { } d && d < bestDistance)
            {
                (best, bestDistance) = (line, d);
            }
        }

        return best;
    }

    // A number sharing its row with another number is a table cell ("10,5 20" under a "Poäng" column heading), not a score call-out.
    private static bool IsTableCell(TextLine number, IReadOnlyList<TextLine> lines)
        => lines.Any(l => l.Page == number.Page && l.Row == number.Row && !ReferenceEquals(l, number) && Number().IsMatch(l.Text.Trim()));

    [GeneratedRegex(@"^\d{1,3}(?:[,.]\d{1,2})?(?=\s*(?:p|p\.|poäng|av\s*100|/\s*100)?$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:av\s*\d{2,3}|/\s*\d{2,3}|p|p\.|poäng)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unit();
}
