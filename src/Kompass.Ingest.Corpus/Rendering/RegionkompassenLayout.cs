using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="RegionkompassenRenderer"/>.</summary>
internal sealed class RegionkompassenLayout
{
    private static readonly RgbColour Slate = new(47, 62, 78);
    private static readonly FontSpec Body = new("DejaVu Sans Condensed", 10);
    private static readonly FontSpec Heading = new("DejaVu Serif", 14, Bold: true);
    private static readonly FontSpec Label = new("DejaVu Serif", 10.5, Bold: true);
    private static readonly FontSpec Small = new("DejaVu Sans Condensed", 8.5, Italic: true);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;

    public RegionkompassenLayout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(78, 78, 78, 72));
    }

    public void Run()
    {
        Cover();
        _flow.NewPage();
        CentredHeading("Inledning");
        _flow.Paragraphs(Boilerplate.RegionIntro, Body);
        _flow.Paragraph(ReportProse.EvaluationSentence(_report, "regionens") + " " + ReportProse.InterviewSentence(_report, "webbplats", "regionens"), Body);
        Summary();
        foreach (var area in _report.Areas)
        {
            Area(area);
        }

        Questions();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    private void Furniture(int page, int count)
    {
        var canvas = _pass.Canvas;
        canvas.TextCentred(canvas.PageWidth / 2, canvas.PageHeight - 50, string.Create(CultureInfo.InvariantCulture, $"Sida {page} av {count}"), Body.WithSize(9));
        if (page > 1)
        {
            canvas.TextRightAligned(_flow.Right, 44, string.Create(CultureInfo.InvariantCulture, $"Regionkompassen {_report.Year}"), Small);
        }
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        canvas.StrokeRectangle(36, 36, canvas.PageWidth - 72, canvas.PageHeight - 72, 2);
        canvas.StrokeRectangle(42, 42, canvas.PageWidth - 84, canvas.PageHeight - 84, 0.6);
        var titleFont = new FontSpec("DejaVu Serif", 28, Bold: true);
        var centre = canvas.PageWidth / 2;
        var y = 250.0;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width, semantic: false))
        {
            y += titleFont.Size;
            canvas.TextCentred(centre, y, line, titleFont, Slate);
            y += 10;
        }

        canvas.TextCentred(centre, y + 40, _report.Municipality.PrintedName, new FontSpec("DejaVu Serif", 16));
        if (_report.ReportDate is { } date)
        {
            canvas.TextCentred(centre, y + 64, SwedishFormat.LongDate(date), Body.WithSize(11));
        }

        y = Math.Max(440, y + 110);
        canvas.TextCentred(centre, y, "Utvärderare", Label);
        foreach (var evaluator in _report.Evaluators)
        {
            y += 16;
            canvas.TextCentred(centre, y, ReportProse.NameCommaOrganisation(evaluator), Body.WithSize(11));
        }
    }

    // A centred heading between a double rule above and a single rule below.
    private int CentredHeading(string text, double spaceBefore = 6)
    {
        var canvas = _pass.Canvas;
        var lines = canvas.Wrap(text, Heading, _flow.Width - 40);
        _flow.Space(spaceBefore);
        _flow.EnsureSpace((lines.Count * FlowWriter.LineHeight(Heading)) + 90);
        var page = _flow.Page;
        canvas.Line(_flow.Left, _flow.Y, _flow.Right, _flow.Y, 1.2, Slate);
        canvas.Line(_flow.Left, _flow.Y + 2.5, _flow.Right, _flow.Y + 2.5, 0.4, Slate);
        _flow.Space(6);
        foreach (var line in lines)
        {
            _flow.Y += Heading.Size;
            canvas.TextCentred(canvas.PageWidth / 2, _flow.Y, line, Heading);
            _flow.Y += FlowWriter.LineHeight(Heading) - Heading.Size;
        }

        canvas.Line(_flow.Left + 120, _flow.Y + 3, _flow.Right - 120, _flow.Y + 3, 0.4, Slate);
        _flow.Space(12);
        return page;
    }

    private void Summary()
    {
        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        CentredHeading("Resultat i sammandrag", 16);
        SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Body, Header = Label, Ruling = TableRuling.ShadedHeader, HeaderFill = Slate, HeaderText = RgbColour.White, PaddingY = 3.5, ZebraFill = RgbColour.Grey(240) },
            NameHeader = "Område",
            OwnHeader = "Poäng",
            MeanHeader = "Snitt",
            TotalLabel = "Totalt",
            NumberWidth = 56,
        });
    }

    private void Area(PrintedArea area)
    {
        CentredHeading($"Område {area.Number}. {area.SectionName}", 18);
        if (ReportProse.SectionScore(area) is { } score)
        {
            _pass.Map.SectionScore(area.Number, _flow.LabelValue("Poäng:", $"{score} av 100", Label, 50, spaceAfter: 6));
        }

        if (area.Subheadings.Count > 0)
        {
            _flow.Line("Rubriker", Label);
            ListWriter.Items(_flow, area.Subheadings, new ListStyle(Body, string.Empty, Indent: 12, ItemGap: 0), spaceAfter: 4);
        }

        _flow.Paragraphs(area.General, Body);
        Findings("Styrkor", area.Strengths, "#.");
        Findings("Förbättringsområden", area.Improvements, "#)");
    }

    private void Findings(string title, IReadOnlyList<string> items, string marker)
    {
        if (items.Count > 0)
        {
            _flow.Heading(title, Label, Slate, spaceBefore: 4, spaceAfter: 2, keepWithNext: 30);
            ListWriter.Items(_flow, items, new ListStyle(Body, marker, Indent: 6, Hang: 16, ItemGap: 2));
        }
    }

    private void Questions()
    {
        if (!_report.Areas.Any(a => a.Questions.Count > 0))
        {
            return;
        }

        _flow.NewPage();
        CentredHeading("Poäng per delfråga", 0);
        var options = new QuestionTableOptions
        {
            Style = new TableStyle { Body = Body.WithSize(9), Header = Label.WithSize(9), Ruling = TableRuling.ShadedHeader, PaddingY = 3, RepeatHeader = true },
            Headers = ("Poäng", "Max", "Procent"),
            IdColumn = true,
            JumbleChance = 0.2,
        };
        foreach (var area in _report.Areas)
        {
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
