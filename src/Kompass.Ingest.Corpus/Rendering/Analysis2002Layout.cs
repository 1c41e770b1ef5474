using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="Analysis2002Renderer"/>.</summary>
internal sealed partial class Analysis2002Layout
{
    private static readonly string[] Sections = ["Sektionen för demokrati och styrning", "Sektionen för verksamhetsutveckling", "Avdelningen för ekonomi och styrning"];
    private static readonly FontSpec Body = new("Liberation Serif", 11.5);
    private static readonly FontSpec Chapter = new("Liberation Sans", 15, Bold: true);
    private static readonly FontSpec Sub = new("Liberation Sans", 12, Bold: true);
    private static readonly FontSpec Label = new("Liberation Serif", 11.5, Bold: true, Italic: true);
    private static readonly FontSpec Small = new("Liberation Sans", 8.5);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly string _organisation;
    private readonly string _date;
    private readonly ListStyle _bullets;

    public Analysis2002Layout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(85, 96, 70, 64));
        var organisation = report.Year < 2005 ? "Svenska Kommunförbundet" : "Sveriges Kommuner och Landsting";
        _organisation = $"{organisation}, {Sections[pass.Random.Next(Sections.Length)]}";
        _date = report.ReportDate is { } d ? SwedishFormat.IsoDate(d) : string.Empty;
        _bullets = new ListStyle(Body, pass.Random.NextDouble() < 0.7 ? "–" : "-", Indent: 4, Hang: 14, ItemGap: 1.5);
    }

    public void Run()
    {
        Cover();
        Introduction();
        AreaChapter();
        ScoreChapter();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    private void Furniture(int page, int count)
    {
        var canvas = _pass.Canvas;
        canvas.Text(_flow.Left, 42, "RAPPORT", Small.WithSize(10).AsBold());
        canvas.Text(_flow.Left + 200, 42, _date, Small.WithSize(10));
        canvas.TextRightAligned(_flow.Right, 42, string.Create(CultureInfo.InvariantCulture, $"{page} ({count})"), Small.WithSize(10));
        canvas.Text(_flow.Left, 56, _organisation, Small);
        canvas.Line(_flow.Left, 62, _flow.Right, 62, 0.6);
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        var titleFont = new FontSpec("Liberation Sans", 26, Bold: true);
        _flow.Y = 200;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width))
        {
            _flow.Y += titleFont.Size;
            canvas.Text(_flow.Left, _flow.Y, line, titleFont);
            _flow.Y += 8;
        }

        // Some titles carry the visit days themselves ("… Skurups kommun 4 mars 2008").
        if (_report.VisitStart is { } start && !_report.Title.Contains(SwedishFormat.MonthName(start.Month), StringComparison.OrdinalIgnoreCase))
        {
            _flow.Space(10);
            _flow.Line(SwedishFormat.VisitSpan(start, _report.VisitEnd), new FontSpec("Liberation Sans", 14));
        }

        _flow.Y = 560;
        _flow.Line("Utvärderare", Sub);
        foreach (var evaluator in _report.Evaluators)
        {
            _flow.Line(ReportProse.NameCommaOrganisation(evaluator), Body);
        }
    }

    private void Introduction()
    {
        _flow.NewPage();
        _flow.Heading("1 Inledning", Chapter, RgbColour.Black, spaceBefore: 0, spaceAfter: 8);
        _flow.Paragraphs(Boilerplate.Introduction2002, Body);
        _flow.Paragraph(ReportProse.EvaluationSentence(_report) + " " + ReportProse.InterviewSentence(_report, "hemsida"), Body);
        _flow.Heading("2 Sammanfattande bedömning", Chapter, RgbColour.Black, spaceBefore: 14, spaceAfter: 8);
        var names = string.Join(", ", _report.Areas.Select(a => a.SectionName.ToLower(CultureInfo.GetCultureInfo("sv-SE"))));
        _flow.Paragraph($"I kapitel 3 redovisas bedömningen område för område: {names}. En sammanställning av poängen finns i kapitel 4.", Body);
    }
}
