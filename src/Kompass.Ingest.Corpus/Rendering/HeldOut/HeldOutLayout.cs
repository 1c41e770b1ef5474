using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// One pass of the held-out layout: cover, contents, then the chapters that have content
/// (introduction, summary, areas, questions), numbered in that order, and the running
/// header and footer on every page but the cover.
/// </summary>
internal sealed partial class HeldOutLayout
{
    private readonly HeldOutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly HeldOutStyle _style;
    private readonly string _organisation;
    private readonly List<(string Key, string Heading)> _chapters = [];

    public HeldOutLayout(HeldOutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, HeldOutStyle.Margins);
        _style = HeldOutStyle.Draw(pass.Random);
        _organisation = HeldOutText.Organisation(report);
        AddChapter("intro", "Inledning");
        if (HasSummary)
        {
            AddChapter("summary", "Sammanställning");
        }

        AddChapter("areas", "Områdesvis genomgång");
        if (report.Areas.Any(a => a.Questions.Count > 0))
        {
            AddChapter("questions", "Resultat per fråga");
        }
    }

    private string Name => _report.Municipality.PrintedName;

    private bool HasSummary => _report.Areas.Any(a => a.SummaryScore is not null);

    public void Run()
    {
        Cover();
        Contents();
        Introduction();
        if (HasSummary)
        {
            Summary();
        }

        Areas();
        Questions();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    private void AddChapter(string key, string title)
        => _chapters.Add((key, $"{HeldOutText.Number(_chapters.Count + 1)}. {title}"));

    private string ChapterHeading(string key) => _chapters.Single(c => c.Key == key).Heading;

    private void Chapter(string key, bool newPage, double spaceBefore = 18)
    {
        if (newPage)
        {
            _flow.NewPage();
        }

        _pass.Anchor(key, TextBlocks.Heading(_flow, ChapterHeading(key), HeldOutStyle.Chapter, HeldOutStyle.Accent, newPage ? 0 : spaceBefore, 10, 80));
    }

    private void Furniture(int page, int count)
    {
        if (page == 1)
        {
            CoverFoot();
            return;
        }

        var canvas = _pass.Canvas;
        var font = HeldOutStyle.Furniture;
        canvas.Text(_flow.Left, 52, $"{HeldOutText.Tool(_report)} – {Name}", font);
        if (_report.ReportDate is { } date)
        {
            var text = _style.LongDateInHeader ? HeldOutText.LongDate(date) : HeldOutText.IsoDate(date);
            canvas.TextRightAligned(_flow.Right, 52, text, font);
        }

        canvas.Line(_flow.Left, 58, _flow.Right, 58, 0.4, RgbColour.Grey(150));
        var bottom = canvas.PageHeight - 46;
        canvas.Text(_flow.Left, bottom, _organisation, font);
        canvas.TextRightAligned(_flow.Right, bottom, $"{HeldOutText.Number(page)}/{HeldOutText.Number(count)}", font);
    }
}
