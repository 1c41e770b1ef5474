using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="AnalysisCapsRenderer"/>: cover, contents, chapters 1 and 2.</summary>
internal sealed partial class AnalysisCapsLayout
{
    private const string Family = "Liberation Sans";
    private const string HeadingFamily = "DejaVu Sans Condensed";
    private static readonly RgbColour Teal = new(0, 105, 110);
    private static readonly RgbColour Pale = new(226, 240, 240);
    private static readonly FontSpec Body = new(Family, 10);
    private static readonly FontSpec Chapter = new(HeadingFamily, 16, Bold: true);
    private static readonly FontSpec Sub = new(HeadingFamily, 12, Bold: true);
    private static readonly FontSpec Label = new(HeadingFamily, 9, Bold: true);
    private static readonly FontSpec Small = new(Family, 8);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly string _organisation;
    private readonly string _date;
    private readonly ListStyle _findings;

    public AnalysisCapsLayout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(62, 78, 62, 70));
        _organisation = (report.ReportDate?.Year ?? report.Year) >= 2019 ? "Sveriges Kommuner och Regioner" : "Sveriges Kommuner och Landsting";
        _date = report.ReportDate is { } d ? SwedishFormat.IsoDate(d) : string.Empty;
        _findings = new ListStyle(Body, pass.Random.NextDouble() < 0.7 ? "■" : "–", Indent: 2, Hang: 13, ItemGap: 3);
    }

    public void Run()
    {
        Cover();
        Contents();
        AboutChapter();
        SummaryChapter();
        AreaChapter();
        OverviewChapter();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    // Every page gets something: PDFsharp writes an invalid empty stream for a page left untouched here.
    private void Furniture(int page, int count)
    {
        var canvas = _pass.Canvas;
        if (page == 1)
        {
            canvas.Text(_flow.Left, canvas.PageHeight - 50, _organisation, Chapter with { Size = 11 }, Teal);
            return;
        }

        canvas.Text(_flow.Left, 40, _organisation, Small, Teal);
        canvas.TextRightAligned(_flow.Right, 40, _date, Small);
        canvas.Line(_flow.Left, 48, _flow.Right, 48, 0.3, Teal);
        canvas.TextRightAligned(_flow.Right, canvas.PageHeight - 36, string.Create(CultureInfo.InvariantCulture, $"{page}/{count}"), Small);
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        canvas.FillRectangle(0, 0, canvas.PageWidth, 430, Teal);
        var titleFont = new FontSpec(HeadingFamily, 34, Bold: true);
        _flow.Y = 190;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width))
        {
            _flow.Y += titleFont.Size;
            canvas.Text(_flow.Left, _flow.Y, line, titleFont, RgbColour.White);
            _flow.Y += 12;
        }

        _flow.Y = 470;
        var names = ReportProse.EvaluatorLine(
            _report.Evaluators,
            e => e.Organisation is { Length: > 0 } org ? $"{e.Name} ({org})" : e.Name,
            " OCH ");
        _flow.Paragraph("UTVÄRDERARE: " + names, new FontSpec(HeadingFamily, 12, Bold: true));
    }

    private void Contents()
    {
        _flow.NewPage();
        _flow.Heading("INNEHÅLL", Chapter, Teal, spaceBefore: 0, spaceAfter: 14);
        var entries = new List<ContentsEntry>
        {
            new("1. VAD ÄR KOMMUNKOMPASSEN?", "about"),
            new("2. SAMMANFATTNING", "summary"),
            new("3. DE ÅTTA OMRÅDENA", "areas"),
        };
        entries.AddRange(_report.Areas.Select(a => new ContentsEntry($"Område {a.Number}: {a.SectionName}", $"area{a.Number}", 1)));
        if (_report.Areas.Any(a => a.Questions.Count > 0))
        {
            entries.Add(new ContentsEntry("4. ÖVERSIKT AV POÄNGFÖRDELNING", "overview"));
        }

        ContentsWriter.Write(_flow, _pass, entries, Body, leaders: false, levelIndent: 18);
    }

    private void AboutChapter()
    {
        _flow.NewPage();
        _pass.Anchor("about", _flow.Heading("1. VAD ÄR KOMMUNKOMPASSEN?", Chapter, Teal, spaceBefore: 0, spaceAfter: 10));
        _flow.Paragraphs(Boilerplate.AboutKompass.Select(p => p.Replace("Sveriges Kommuner och Landsting", _organisation, StringComparison.Ordinal)), Body);
        ListWriter.Items(_flow, _report.Areas.Select(a => a.SectionName).ToList(), _findings with { Indent = 16 });
        _flow.Paragraph(Boilerplate.AboutKompassClosing, Body);
    }

    private void SummaryChapter()
    {
        _flow.NewPage();
        _pass.Anchor("summary", _flow.Heading("2. SAMMANFATTNING", Chapter, Teal, spaceBefore: 0, spaceAfter: 10));
        _flow.Heading("UTVÄRDERINGEN", Sub, Teal, spaceBefore: 2);
        _flow.Paragraph(ReportProse.EvaluationSentence(_report), Body);
        _flow.Paragraph(ReportProse.InterviewSentence(_report, "webbplats"), Body);
        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        _flow.Heading("RESULTAT", Sub, Teal);
        SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Body, Header = Label, Ruling = TableRuling.ShadedHeader, HeaderFill = Pale, ZebraFill = new RgbColour(245, 249, 249), PaddingY = 3 },
            NameHeader = "Område",
            MeanHeader = _pass.Random.NextDouble() < 0.5 ? "Snitt" : "Nationellt medelvärde",
            TotalLabel = "Totalt",
            NumberPrefix = _pass.Random.NextDouble() < 0.5,
            Order = _pass.Random.NextDouble() < 0.3 ? RowOrder.TextThenNumbers : RowOrder.RowByRow,
        });
        var bars = _report.Areas.Select(a => new ChartBar(a.Number.ToString(CultureInfo.InvariantCulture), AreaLabels.ChartValue(a))).ToList();
        ColumnChart.Draw(_flow, ReportProse.ChartCaption(_report), bars, Small, Teal, height: 170, labels: true);
    }
}
