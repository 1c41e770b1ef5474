using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="Analysis2010Renderer"/>: cover, contents, introduction and summary.</summary>
internal sealed partial class Analysis2010Layout
{
    private const string Family = "Carlito";
    private static readonly RgbColour Navy = new(31, 56, 100);
    private static readonly FontSpec Body = new(Family, 11);
    private static readonly FontSpec Chapter = new(Family, 18, Bold: true);
    private static readonly FontSpec Sub = new(Family, 13, Bold: true);
    private static readonly FontSpec Label = new(Family, 11, Bold: true, Italic: true);
    private static readonly FontSpec Small = new(Family, 9);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly string _date;

    public Analysis2010Layout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(80, 76, 72, 70));
        _date = report.ReportDate is { } d ? (pass.Random.NextDouble() < 0.5 ? SwedishFormat.LongDate(d) : SwedishFormat.IsoDate(d)) : string.Empty;
    }

    private string Name => _report.Municipality.PrintedName;

    public void Run()
    {
        Cover();
        Contents();
        Introduction();
        Summary();
        Areas();
        Overview();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    private void Furniture(int page, int count)
    {
        var canvas = _pass.Canvas;
        var bottom = canvas.PageHeight - 40;
        canvas.Text(_flow.Left, 44, "RAPPORT", Small.AsBold());
        canvas.TextRightAligned(_flow.Right, 44, _date, Small);
        canvas.Line(_flow.Left, bottom - 12, _flow.Right, bottom - 12, 0.4);
        canvas.Text(_flow.Left, bottom, "Sveriges Kommuner och Landsting", Small);
        canvas.TextRightAligned(_flow.Right, bottom, string.Create(CultureInfo.InvariantCulture, $"Sida {page} av {count}"), Small);
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        var titleFont = new FontSpec(Family, 32, Bold: true);
        var centre = canvas.PageWidth / 2;
        var y = 230.0;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width))
        {
            y += titleFont.Size;
            canvas.Text(centre - (canvas.Measure(line, titleFont) / 2), y, line, titleFont, Navy);
            y += 8;
        }

        canvas.Line(_flow.Left + 60, y + 24, _flow.Right - 60, y + 24, 2, Navy);
        y += 60;
        foreach (var evaluator in _report.Evaluators)
        {
            canvas.TextCentred(centre, y, ReportProse.NameCommaOrganisation(evaluator), new FontSpec(Family, 13));
            y += 18;
        }
    }

    private void Contents()
    {
        _flow.NewPage();
        _flow.Heading("Innehållsförteckning", Chapter, Navy, spaceBefore: 0, spaceAfter: 12);
        var entries = new List<ContentsEntry> { new("1 Inledning", "intro"), new("2 Sammanfattning", "summary") };
        if (_report.Year == 2010)
        {
            entries.Add(new ContentsEntry("Den nya och den gamla versionen", "versions", 1));
        }

        entries.Add(new ContentsEntry("3 Detaljerad genomgång i förhållande till Kommunkompassens åtta områden", "areas"));
        entries.AddRange(_report.Areas.Select(a => new ContentsEntry($"Område {a.Number}: {a.SectionName}", $"area{a.Number}", 1)));
        if (_report.Areas.Any(a => a.Questions.Count > 0))
        {
            entries.Add(new ContentsEntry("4 Poängöversikt", "overview"));
        }

        ContentsWriter.Write(_flow, _pass, entries, Body, leaders: false, levelIndent: 20);
    }

    private void Introduction()
    {
        _flow.NewPage();
        _pass.Anchor("intro", _flow.Heading("1 Inledning", Chapter, Navy, spaceBefore: 0, spaceAfter: 8));
        _flow.Paragraph(ReportProse.EvaluationSentence(_report) + " " + ReportProse.InterviewSentence(_report, "webbplats"), Body);
        _flow.Paragraphs(Boilerplate.AboutKompass, Body);
        ListWriter.Items(_flow, _report.Areas.Select(a => a.SectionName).ToList(), new ListStyle(Body, "#.", Indent: 10, Hang: 16, ItemGap: 0));
        _flow.Paragraph(Boilerplate.AboutKompassClosing, Body);
    }

    private void Summary()
    {
        _flow.NewPage();
        _pass.Anchor("summary", _flow.Heading("2 Sammanfattning", Chapter, Navy, spaceBefore: 0, spaceAfter: 8));
        if (_report.Year == 2010)
        {
            _pass.Anchor("versions", _flow.Heading("Den nya och den gamla versionen", Sub, Navy));
            _flow.Paragraphs(Boilerplate.NewAndOldVersion, Body);
        }

        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        _flow.Paragraph($"Tabellen visar {SwedishFormat.Genitive(_report.Municipality.ShortName)} poäng inom respektive område.", Body);
        SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Body, Header = Body.AsBold(), Ruling = TableRuling.HorizontalRules, PaddingY = 3 },
            NameHeader = "Område",
            OwnHeader = _pass.Random.NextDouble() < 0.5 ? "Poäng" : null,
            MeanHeader = _pass.Random.NextDouble() < 0.5 ? "Snitt" : "Genomsnitt",
            TotalLabel = "Totalt",
            NumberPrefix = false,
            NumberWidth = 70,
        });
        var bars = _report.Areas.Select(a => new ChartBar(a.SummaryName, AreaLabels.ChartValue(a))).ToList();
        BarChart.Draw(_flow, ReportProse.ChartCaption(_report), bars, Small, Navy, labelWidth: 150);
    }
}
