using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="Analysis2014Renderer"/>: cover, contents and chapter 1.</summary>
internal sealed partial class Analysis2014Layout
{
    private const string Family = "DejaVu Sans";
    private static readonly RgbColour Blue = new(0, 70, 127);
    private static readonly FontSpec Body = new(Family, 9.5);
    private static readonly FontSpec Chapter = new(Family, 15, Bold: true);
    private static readonly FontSpec Sub = new(Family, 12, Bold: true);
    private static readonly FontSpec Label = new(Family, 9, Bold: true);
    private static readonly FontSpec Small = new(Family, 8);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly string _organisation;
    private readonly string _date;
    private readonly ListStyle _findings;
    private readonly bool _evaluatorsOnOneLine;

    public Analysis2014Layout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(72, 80, 68, 64)) { PageStarted = RunningHeader };
        _organisation = (report.ReportDate?.Year ?? report.Year) >= 2019 ? "Sveriges Kommuner och Regioner" : "Sveriges Kommuner och Landsting";
        _date = report.ReportDate is { } d ? (pass.Random.NextDouble() < 0.8 ? SwedishFormat.IsoDate(d) : SwedishFormat.LongDate(d)) : string.Empty;
        _findings = new ListStyle(Body, new[] { "•", "-", string.Empty }[pass.Random.Next(3)], Indent: 6, Hang: 12, ItemGap: 2.5);
        _evaluatorsOnOneLine = pass.Random.NextDouble() < 0.5;
    }

    public void Run()
    {
        Cover();
        Contents();
        AboutChapter();
        SummaryChapter();
        AreaChapter();
        OverviewChapter();
    }

    private string Name => _report.Municipality.PrintedName;

    private void RunningHeader(FlowWriter flow)
    {
        if (flow.Page == 1)
        {
            return;
        }

        var pages = string.Create(CultureInfo.InvariantCulture, $"{flow.Page} ({_pass.PreviousPageCount})");
        var canvas = flow.Canvas;
        canvas.Text(flow.Left, 46, _organisation, Small);
        canvas.Text(flow.Left + 250, 46, _date, Small);
        canvas.TextRightAligned(flow.Right, 46, pages, Small);
        canvas.Line(flow.Left, 52, flow.Right, 52, 0.4, Blue);
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        canvas.FillRectangle(0, 0, canvas.PageWidth, 36, Blue);
        CompassRose(canvas, canvas.PageWidth - 150, 560, 70);
        var titleFont = new FontSpec(Family, 30, Bold: true);
        _flow.Y = 150;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width))
        {
            _flow.Y += titleFont.Size;
            canvas.Text(_flow.Left, _flow.Y, line, titleFont, Blue);
            _flow.Y += 10;
        }

        _flow.Space(40);
        var evaluatorFont = new FontSpec(Family, 12);
        if (_evaluatorsOnOneLine)
        {
            _flow.Paragraph("Utvärderare: " + ReportProse.EvaluatorLine(_report.Evaluators, ReportProse.NameCommaOrganisation), evaluatorFont);
        }
        else
        {
            foreach (var evaluator in _report.Evaluators)
            {
                _flow.Line(ReportProse.NameCommaOrganisation(evaluator), evaluatorFont);
            }
        }
    }

    private static void CompassRose(PdfCanvas canvas, double cx, double cy, double r)
    {
        var grey = RgbColour.Grey(205);
        canvas.StrokePolygon(Enumerable.Range(0, 40).Select(i => (cx + (r * Math.Cos(i * Math.PI / 20)), cy + (r * Math.Sin(i * Math.PI / 20)))).ToList(), 1.2, grey);
        for (var i = 0; i < 4; i++)
        {
            var a = i * Math.PI / 2;
            var side = a + (Math.PI / 2);
            canvas.FillPolygon(
                [(cx + (r * 1.2 * Math.Cos(a)), cy + (r * 1.2 * Math.Sin(a))), (cx + (9 * Math.Cos(side)), cy + (9 * Math.Sin(side))), (cx - (9 * Math.Cos(side)), cy - (9 * Math.Sin(side)))],
                i == 0 ? Blue : grey);
        }
    }

    private void Contents()
    {
        _flow.NewPage();
        _flow.Heading("Innehåll", Chapter, Blue, spaceBefore: 0, spaceAfter: 12);
        var entries = new List<ContentsEntry>
        {
            new("1 Vad är Kommunkompassen?", "about"),
            new($"2 {Name}: En sammanfattande genomgång", "summary"),
            new("Utvärderingen", "evaluation", 1),
            new("Sammanfattning av resultat", "results", 1),
            new("3 Genomgång utifrån de åtta huvudområdena", "areas"),
        };
        entries.AddRange(_report.Areas.Select(a => new ContentsEntry($"Område {a.Number} {a.SectionName}", $"area{a.Number}", 1)));
        if (_report.Areas.Any(a => a.Questions.Count > 0))
        {
            entries.Add(new ContentsEntry("4 Översikt av poängfördelning", "overview"));
        }

        ContentsWriter.Write(_flow, _pass, entries, Body, leaders: true);
    }

    private void AboutChapter()
    {
        _flow.NewPage();
        _pass.Anchor("about", _flow.Heading("1 Vad är Kommunkompassen?", Chapter, Blue, spaceBefore: 0, spaceAfter: 8));
        _flow.Paragraphs(Boilerplate.AboutKompass, Body);
        ListWriter.Items(_flow, _report.Areas.Select(a => a.SectionName).ToList(), _findings with { Indent = 14 });
        _flow.Paragraph(Boilerplate.AboutKompassClosing, Body);
    }
}
