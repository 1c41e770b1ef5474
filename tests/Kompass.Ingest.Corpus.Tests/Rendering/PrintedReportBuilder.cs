using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

/// <summary>
/// Builds a hand-made <see cref="PrintedReport"/> over the 2016 question set of
/// pipelines/frameworks/2010.json: all eight areas, consistent scores, long findings that wrap.
/// </summary>
internal sealed class PrintedReportBuilder
{
    private static readonly Lazy<FrameworkCatalog> Catalog = new(() =>
        FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", "2010.json"))));

    private static readonly double[] Shares = [0.65, 0.77, 0.8, 0.64, 0.68, 0.7, 0.61, 0.74, 0.45, 0.9, 0.5];

    private string _title = "KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017 ANALYS AV";
    private DocumentType _type = DocumentType.KommunKompassenAnalysis;
    private bool _summary = true;
    private bool _questions = true;
    private bool _halfPoints;
    private IReadOnlyList<PreviousEvaluation> _previous = [];
    private PrintedMunicipality _municipality = new("Vallentuna", "0115", MunicipalityKind.Kommun, "Vallentuna kommun");
    private int _year = 2017;
    private DateOnly? _visitStart;
    private DateOnly? _visitEnd;

    public PrintedReportBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public PrintedReportBuilder WithType(DocumentType type, bool questions)
    {
        _type = type;
        _questions = questions;
        return this;
    }

    public PrintedReportBuilder WithoutSummary()
    {
        _summary = false;
        return this;
    }

    public PrintedReportBuilder WithHalfPoints()
    {
        _halfPoints = true;
        return this;
    }

    public PrintedReportBuilder WithPrevious(int year)
    {
        _previous = [new PreviousEvaluation(year, [50, 52.5m, 61, 55, 58, 49, 47, 60], 432.5m)];
        return this;
    }

    public PrintedReportBuilder WithRegion()
    {
        _municipality = new PrintedMunicipality("Kalmar län", "08", MunicipalityKind.Region, "Region Kalmar län");
        return this;
    }

    public PrintedReportBuilder WithVisit(DateOnly start, DateOnly end)
    {
        _visitStart = start;
        _visitEnd = end;
        return this;
    }

    public PrintedReportBuilder InYear(int year)
    {
        _year = year;
        return this;
    }

    public PrintedReport Build()
    {
        var catalog = Catalog.Value;
        var set = catalog.QuestionSets.Single(s => s.Name == "2016");
        var areas = catalog.Areas.Select(a => Area(a, set.ForArea(a.Number).ToList())).ToList();
        var total = areas.Sum(a => a.TableTotal!.Value);
        return new PrintedReport
        {
            Family = "test",
            Type = _type,
            Revision = FrameworkRevision.Rev2010,
            QuestionSet = set.Name,
            Title = _title,
            Municipality = _municipality,
            Year = _year,
            Month = _visitStart?.Month ?? 2,
            VisitStart = _visitStart,
            VisitEnd = _visitEnd,
            ReportDate = new DateOnly(_year, 6, 25),
            Evaluators = [new PrintedEvaluator("Leif Eldås", "SKL"), new PrintedEvaluator("Josephine Härdin", "konsult")],
            Round = 1,
            InterviewCount = 20,
            Total = total,
            NationalMeanTotal = _summary ? 476 : null,
            Areas = areas,
            PreviousEvaluations = _previous,
        };
    }

    private PrintedArea Area(AreaDefinition definition, IReadOnlyList<QuestionDefinition> questions)
    {
        var rows = questions.Select((q, i) => Question(q, Shares[(i + definition.Number) % Shares.Length])).ToList();
        var score = rows.Sum(r => r.Score);
        var name = definition.Name;
        return new PrintedArea
        {
            Number = definition.Number,
            SectionName = name,
            SummaryName = definition.Variants.Count > 0 ? definition.Variants[0] : name,
            TableName = definition.Variants.Count > 1 ? definition.Variants[^1] : name,
            SummaryScore = _summary ? score : null,
            NationalMean = _summary ? 50 + definition.Number : null,
            SectionScore = score,
            TableTotal = score,
            TableTotalMax = 100,
            Subheadings = definition.Subheadings,
            General = [$"Inom området {name.ToLowerInvariant()} bedöms hur kommunen arbetar med strategier, uppföljning och dialog. Det handlar i grund och botten om hur väl kommunens styrning hänger ihop från politisk nivå till enskilda enheter, och om hur resultat återkopplas till invånare, brukare och medarbetare på ett sätt som gör att verksamheten kan utvecklas över tid."],
            Strengths =
            [
                $"Tydlig strategi för {name.ToLowerInvariant()} som följs upp årligen av kommunstyrelsen",
                $"Område {definition.Number}: systematiskt arbete med jämförelser mellan enheter oavsett driftsform och med andra kommuner, där resultaten redovisas öppet på webben och i årsredovisningen",
                "Engagerade medarbetare på alla nivåer",
            ],
            Improvements =
            [
                $"Följ upp målen inom {name.ToLowerInvariant()} med relevanta indikatorer. Vad ska uppnås?",
                $"Förtydliga ansvar och roller i område {definition.Number} så att det finns en tydlighet kring uppdrag, resultatförväntningar och hur avvikelser ska hanteras på enhetsnivå",
            ],
            Questions = _questions ? rows : [],
        };
    }

    private PrintedQuestion Question(QuestionDefinition question, double share)
    {
        var raw = (decimal)share * question.Max;
        var score = _halfPoints ? Math.Round(raw * 2, MidpointRounding.AwayFromZero) / 2 : Math.Round(raw, MidpointRounding.AwayFromZero);
        var percent = (int)Math.Round(raw * 100 / question.Max, MidpointRounding.AwayFromZero);
        return new PrintedQuestion(question.Id, question.Text, score, question.Max, percent);
    }
}
