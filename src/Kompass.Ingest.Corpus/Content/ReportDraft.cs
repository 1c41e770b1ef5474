using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Everything drawn for one scored report before printing: profile, question set, facts, title,
/// unrounded scores and texts. <see cref="Print"/> is a pure function of it, so a twin with one
/// changed value can be printed again consistently.
/// </summary>
public sealed record ReportDraft(
    ReportProfile Profile,
    QuestionSet QuestionSet,
    ReportFacts Facts,
    string Title,
    ScoreSheet Sheet,
    IReadOnlyList<AreaTexts> Texts)
{
    /// <summary>The report as it prints (consistent: every printed number comes from the sheet).</summary>
    public PrintedReport Print() => ReportPrinter.Print(this);
}
