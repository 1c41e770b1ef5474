using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One layout pass of <see cref="Analysis2020Renderer"/>: cover, contents, chapters 1 and 2.</summary>
internal sealed partial class Analysis2020Layout
{
    private const string Organisation = "Sveriges Kommuner och Regioner";
    private static readonly RgbColour Green = new(0, 110, 80);
    private static readonly RgbColour Mint = new(222, 240, 232);
    private static readonly FontSpec Body = new("DejaVu Serif", 9.5);
    private static readonly FontSpec Chapter = new("DejaVu Sans Condensed", 17, Bold: true);
    private static readonly FontSpec Sub = new("DejaVu Sans Condensed", 12.5, Bold: true);
    private static readonly FontSpec Label = new("DejaVu Sans Condensed", 10, Bold: true);
    private static readonly FontSpec Small = new("DejaVu Sans Condensed", 8);

    private readonly LayoutPass _pass;
    private readonly PrintedReport _report;
    private readonly FlowWriter _flow;
    private readonly string _date;

    public Analysis2020Layout(LayoutPass pass, PrintedReport report)
    {
        _pass = pass;
        _report = report;
        _flow = new FlowWriter(pass.Canvas, new PageMargins(66, 70, 66, 76));
        _date = report.ReportDate is { } d ? SwedishFormat.LongDate(d) : string.Empty;
    }

    /// <summary>The role an area of the 2020 revision belongs to: 1 democracy, 2 community building, 3–6 welfare, 7–8 employer.</summary>
    private static string RoleOf(int area) => area switch
    {
        1 => "demokratiaktör",
        2 => "samhällsbyggare",
        <= 6 => "välfärdsaktör",
        _ => "arbetsgivare",
    };

    public void Run()
    {
        Cover();
        Contents();
        AboutChapter();
        SummaryChapter();
        RoleChapter();
        OverviewChapter();
        _pass.Canvas.DecorateAllPages(Furniture);
    }

    private IEnumerable<IGrouping<string, PrintedArea>> Roles() => _report.Areas.GroupBy(a => RoleOf(a.Number));

    private void Furniture(int page, int count)
    {
        var canvas = _pass.Canvas;
        var y = canvas.PageHeight - 40;
        canvas.Line(_flow.Left, y - 12, _flow.Right, y - 12, 0.5, Green);
        canvas.Text(_flow.Left, y, Organisation, Small, Green);
        canvas.Text(_flow.Left + 190, y, _date, Small);
        canvas.TextRightAligned(_flow.Right, y, string.Create(CultureInfo.InvariantCulture, $"Sida {page} av {count}"), Small);
    }

    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        canvas.FillRectangle(0, canvas.PageHeight - 260, canvas.PageWidth, 190, Green);
        var titleFont = new FontSpec("DejaVu Sans Condensed", 30, Bold: true);
        var y = 210.0;
        foreach (var line in CoverTitle.Lines(canvas, _report.Title, titleFont, _flow.Width))
        {
            y += titleFont.Size;
            canvas.TextCentred(canvas.PageWidth / 2, y, line, titleFont);
            y += 10;
        }

        _flow.Y = y + 40;
        var line2 = "Utvärderare: " + ReportProse.EvaluatorLine(_report.Evaluators, ReportProse.NameCommaOrganisation);
        foreach (var part in canvas.Wrap(line2, Body.WithSize(11), _flow.Width))
        {
            _flow.Y += 14;
            canvas.TextCentred(canvas.PageWidth / 2, _flow.Y, part, Body.WithSize(11));
        }

        canvas.Text(_flow.Left, canvas.PageHeight - 150, Organisation, Chapter, RgbColour.White);
    }

    private void Contents()
    {
        _flow.NewPage();
        _flow.Heading("Innehåll", Chapter, Green, spaceBefore: 0, spaceAfter: 12);
        var entries = new List<ContentsEntry> { new("1 Om Kommunkompassen", "about"), new("2 Sammanfattning", "summary"), new("3 Kommunens fyra roller", "roles") };
        entries.AddRange(Roles().Select(r => new ContentsEntry($"Kommunen som {r.Key}", $"role-{r.Key}", 1)));
        if (_report.Areas.Any(a => a.Questions.Count > 0))
        {
            entries.Add(new ContentsEntry("4 Poäng per fråga", "overview"));
        }

        ContentsWriter.Write(_flow, _pass, entries, Body.WithSize(10.5), leaders: true);
    }

    private void AboutChapter()
    {
        _flow.NewPage();
        _pass.Anchor("about", _flow.Heading("1 Om Kommunkompassen", Chapter, Green, spaceBefore: 0, spaceAfter: 8));
        _flow.Paragraphs(Boilerplate.About2020, Body);
        foreach (var role in Roles())
        {
            _flow.Line($"Kommunen som {role.Key}", Label);
            ListWriter.Items(_flow, role.Select(a => $"{a.Number}. {a.SectionName}").ToList(), new ListStyle(Body, string.Empty, Indent: 14, ItemGap: 0), spaceAfter: 4);
        }
    }

    private void SummaryChapter()
    {
        _flow.NewPage();
        _pass.Anchor("summary", _flow.Heading("2 Sammanfattning", Chapter, Green, spaceBefore: 0, spaceAfter: 8));
        _flow.Paragraph(ReportProse.EvaluationSentence(_report), Body);
        _flow.Paragraph(ReportProse.InterviewSentence(_report, "webbplats"), Body);
        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        _flow.Heading("Resultat", Sub, Green);
        SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Body, Header = Label, Ruling = TableRuling.Lattice, HeaderFill = Mint, PaddingY = 3, PaddingX = 4 },
            NameHeader = "Område",
            MeanHeader = _pass.Random.NextDouble() < 0.5 ? "Snitt" : "Sverigesnitt",
            TotalLabel = "Totalt",
            NumberWidth = 70,
        });
        if (_report.Areas.Count >= 3)
        {
            var labels = _report.Areas.Select(a => AreaLabels.ChartLabel(a, _report.Revision, _pass.Random)).ToList();
            var series = new List<ChartSeries> { new(ReportProse.OwnColumn(_report, _report.Year), _report.Areas.Select(AreaLabels.ChartValue).ToList(), Green) };
            if (_report.Areas.All(a => a.NationalMean is not null))
            {
                series.Add(new ChartSeries("Snitt", _report.Areas.Select(a => a.NationalMean!.Value).ToList(), new RgbColour(200, 120, 0), Dashed: true));
            }

            _flow.Space(8);
            SpiderChart.Draw(_flow, labels, series, Small, radius: 110);
        }
    }
}
