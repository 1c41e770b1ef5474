using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="FeedbackRenderer"/>.</summary>
internal sealed class FeedbackLayout
{
    private const string Family = "Liberation Sans";
    private const double Band = 64;
    private static readonly RgbColour Plum = new(96, 40, 110);
    private static readonly FontSpec Body = new(Family, 15);
    private static readonly FontSpec SlideTitle = new(Family, 24, Bold: true);
    private static readonly FontSpec Label = new(Family, 15, Bold: true);
    private static readonly FontSpec Small = new(Family, 10);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly ListStyle _bullets;

    public FeedbackLayout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(56, Band + 30, 56, 48)) { PageStarted = f => f.Canvas.FillRectangle(0, 0, f.Canvas.PageWidth, Band, Plum) };
        _bullets = new ListStyle(Body.WithSize(13), "•", Indent: 4, Hang: 16, ItemGap: 5);
    }

    public void Run()
    {
        TitleSlide();
        Slide("Utvärderingen");
        ListWriter.Items(_flow, [ReportProse.EvaluationSentence(_report), .. Boilerplate.FeedbackIntro], _bullets);
        ResultSlide();
        foreach (var area in _report.Areas)
        {
            AreaSlide(area);
        }

        Slide("Fortsatt arbete");
        ListWriter.Items(_flow, ["Rapporten med poäng per fråga lämnas inom några veckor", "Välj ut förbättringsområden och koppla dem till handlingsplaner", "Följ upp med en ny utvärdering efter några år"], _bullets);
        _pass.Canvas.DecorateAllPages(Footer);
    }

    private void Footer(int page, int count)
    {
        var canvas = _pass.Canvas;
        var y = canvas.PageHeight - 22;
        var date = _report.ReportDate is { } d ? "  " + SwedishFormat.LongDate(d) : string.Empty;
        canvas.Text(_flow.Left, y, _report.Municipality.PrintedName + date, Small, RgbColour.Grey(90));
        canvas.TextRightAligned(_flow.Right, y, string.Create(CultureInfo.InvariantCulture, $"{page} ({count})"), Small);
    }

    // The title on the band, shrunk until it leaves room for the text on the band's right end.
    private void Slide(string title, string? right = null)
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        var room = _flow.Width - (right is null ? 0 : canvas.Measure(right, SlideTitle) + 30);
        var font = SlideTitle;
        while (canvas.Measure(title, font) > room && font.Size > 12)
        {
            font = font.WithSize(font.Size - 1);
        }

        canvas.Text(_flow.Left, (Band / 2) + 9, title, font, RgbColour.White);
        if (right is not null)
        {
            canvas.TextRightAligned(_flow.Right, (Band / 2) + 9, right, SlideTitle, RgbColour.White);
        }
    }

    private void TitleSlide()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        var titleFont = new FontSpec(Family, 38, Bold: true);
        var y = 210.0;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width, semantic: false))
        {
            y += titleFont.Size;
            canvas.TextCentred(canvas.PageWidth / 2, y, line, titleFont, Plum);
            y += 10;
        }

        y += 40;
        foreach (var evaluator in _report.Evaluators)
        {
            canvas.TextCentred(canvas.PageWidth / 2, y, ReportProse.NameCommaOrganisation(evaluator), Body);
            y += 22;
        }
    }

    private void ResultSlide()
    {
        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        Slide("Resultat");
        var canvas = _pass.Canvas;
        var left = new FlowWriter(canvas, new PageMargins(_flow.Left, _flow.Margins.Top, canvas.PageWidth / 2, _flow.Margins.Bottom)) { Y = _flow.Y };
        SummaryTableWriter.Write(left, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Small.WithSize(11), Header = Small.WithSize(11).AsBold(), Ruling = TableRuling.ShadedHeader, HeaderFill = new RgbColour(230, 218, 236), PaddingY = 3.5 },
            NameHeader = "Område",
            OwnHeader = _report.Year.ToString(CultureInfo.InvariantCulture),
            MeanHeader = "Snitt",
            TotalLabel = "Totalt",
            NumberWidth = 52,
        });
        var right = new FlowWriter(canvas, new PageMargins((canvas.PageWidth / 2) + 20, _flow.Margins.Top, _flow.Margins.Right, _flow.Margins.Bottom)) { Y = _flow.Y };
        var bars = _report.Areas.Select(a => new ChartBar(a.Number.ToString(CultureInfo.InvariantCulture), AreaLabels.ChartValue(a))).ToList();
        ColumnChart.Draw(right, ReportProse.ChartCaption(_report), bars, Small, Plum, height: 260, labels: true);
    }

    private void AreaSlide(PrintedArea area)
    {
        var score = ReportProse.SectionScore(area);
        Slide($"Område {area.Number} {area.SectionName}", score is null ? null : "Poäng " + score);
        if (score is not null)
        {
            _pass.Map.SectionScore(area.Number, _flow.Page);
        }

        if (area.Subheadings.Count > 0)
        {
            _flow.Line("Rubriker", Label);
            ListWriter.Items(_flow, area.Subheadings, new ListStyle(Small.WithSize(12), string.Empty, Indent: 4, ItemGap: 0), spaceAfter: 6);
        }

        _flow.Paragraphs(area.General, Small.WithSize(12));
        if (area.Strengths.Count > 0 || area.Improvements.Count > 0)
        {
            ColumnPairWriter.Write(_flow, ("Styrkor", area.Strengths), ("Förbättringsområden", area.Improvements), Label, _bullets, gutter: 36);
        }
    }
}
