using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

/// <summary>The cheap rejects before the placeholder and unit patterns answer as the patterns alone did.</summary>
public sealed class SummaryCheapRejectTests
{
    private static readonly Regex OldPlaceholder = new(@"^(?:[-\u2012\u2013\u2014\u2212]|\.{2,3}|\u2026)$", RegexOptions.CultureInvariant);
    private static readonly Regex OldUnit = new(@"^(?:p|p\.|poäng|%)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Fact]
    public void IsPlaceholder_AnswersAsThePatternOnTheTrimmedText()
    {
        foreach (var text in Samples())
        {
            Assert.True(OldPlaceholder.IsMatch(text.Trim()) == ScoreText.IsPlaceholder(text), $"'{text}'");
        }
    }

    [Fact]
    public void IsUnit_AnswersAsThePattern()
    {
        foreach (var text in Samples())
        {
            Assert.True(OldUnit.IsMatch(text) == SummaryRowReader.IsUnit(text), $"'{text}'");
        }
    }

    [Fact]
    public void Samples_HoldEveryKindTheyMustAnswer()
    {
        Assert.Contains(Samples(), ScoreText.IsPlaceholder);
        Assert.Contains(Samples(), SummaryRowReader.IsUnit);
    }

    // Every character of the first planes alone, padded and before a full stop or a newline, and
    // the texts the patterns are written for, with the spellings and spacing around them.
    private static IEnumerable<string> Samples()
    {
        for (var c = 0; c < 0x3000; c++)
        {
            var s = ((char)c).ToString();
            yield return s;
            yield return " " + s + " ";
            yield return s + ".";
            yield return s + "\n";
            yield return s + s;
        }

        string[] texts = ["", " ", "-", " – ", "—", "−", "..", "...", "....", "…", ". .", "p", "P", "p.", "P.", "poäng", "POÄNG", "Poäng", "poäng\n", "poang", "%", "%\n", " %", "p %", "71", "71 p", "pp", "p..", "Politisk", "percent"];
        foreach (var text in texts)
        {
            yield return text;
        }
    }
}
