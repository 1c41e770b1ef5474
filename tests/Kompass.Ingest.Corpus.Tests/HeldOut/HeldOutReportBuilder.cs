using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.HeldOut;

/// <summary>
/// A hand-made <see cref="PrintedReport"/> over the 2016 question set of
/// pipelines/frameworks/2010.json: all eight areas, consistent scores, findings long enough to
/// wrap, a question that scores half points when asked, and name variants in the tables.
/// </summary>
internal sealed class HeldOutReportBuilder
{
    private static readonly Lazy<FrameworkCatalog> Catalog = new(() =>
        FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", "2010.json"))));

    private static readonly decimal[] Shares = [0.65m, 0.77m, 0.8m, 0.64m, 0.68m, 0.7m, 0.61m, 0.74m, 0.45m, 0.9m, 0.5m];

    private bool _summary = true;
    private bool _halfPoints;
    private IReadOnlyList<PreviousEvaluation> _previous = [];

    public HeldOutReportBuilder WithoutSummary()
    {
        _summary = false;
        return this;
    }

    public HeldOutReportBuilder WithHalfPoints()
    {
        _halfPoints = true;
        return this;
    }

    public HeldOutReportBuilder WithPrevious(int year)
    {
        _previous = [new PreviousEvaluation(year, [50, 52.5m, 61, 55, 58, 49, 47, 60], 432.5m)];
        return this;
    }

    public PrintedReport Build()
    {
        var catalog = Catalog.Value;
        var set = catalog.QuestionSets.Single(s => s.Name == "2016");
        var areas = catalog.Areas.Select(a => Area(a, set.ForArea(a.Number).ToList())).ToList();
        return new PrintedReport
        {
            Family = "held-out",
            Type = DocumentType.KommunKompassenAnalysis,
            Revision = FrameworkRevision.Rev2010,
            QuestionSet = set.Name,
            Title = "KommunKompassen ÖRNSKÖLDSVIKS KOMMUN OKTOBER 2017",
            Municipality = new PrintedMunicipality("Örnsköldsvik", "2284", MunicipalityKind.Kommun, "Örnsköldsviks kommun"),
            Year = 2017,
            Month = 10,
            ReportDate = new DateOnly(2017, 12, 4),
            Evaluators = [new PrintedEvaluator("Lars Strid", "senior konsult (SKL)"), new PrintedEvaluator("Ewa Luvö", "Borås kommun"), new PrintedEvaluator("Anna Eklöf", null)],
            Round = 2,
            InterviewCount = 25,
            Total = _summary ? areas.Sum(a => a.TableTotal!.Value) : null,
            NationalMeanTotal = _summary ? areas.Sum(a => a.NationalMean!.Value) : null,
            Areas = areas,
            PreviousEvaluations = _summary ? _previous : [],
        };
    }

    private PrintedArea Area(AreaDefinition definition, IReadOnlyList<QuestionDefinition> questions)
    {
        var rows = questions.Select((q, i) => Question(q, Shares[(i + definition.Number) % Shares.Length])).ToList();
        var score = rows.Sum(r => r.Score);
        var name = definition.Name;
        var lower = name.ToLowerInvariant();
        return new PrintedArea
        {
            Number = definition.Number,
            SectionName = name,
            SummaryName = definition.Variants.Count > 0 ? definition.Variants[0] : name,
            TableName = definition.Variants.Count > 1 ? definition.Variants[^1] : name,
            SummaryScore = _summary ? score : null,
            NationalMean = _summary ? 52 + definition.Number : null,
            SectionScore = score,
            TableTotal = score,
            TableTotalMax = 100,
            Subheadings = definition.Subheadings,
            General =
            [
                $"Inom området {lower} bedöms hur kommunen arbetar med strategier, uppföljning och dialog. Det handlar om hur väl styrningen hänger ihop från politisk nivå till enskilda enheter.",
                "Kommunen har under senare år tagit flera viktiga steg, men arbetet ser olika ut i olika förvaltningar och är ännu inte samlat i en gemensam modell.",
            ],
            Strengths =
            [
                $"Tydlig strategi för {lower} som följs upp årligen av kommunstyrelsen",
                $"Område {definition.Number}: systematiskt arbete med jämförelser mellan enheter oavsett driftsform och med andra kommuner, där resultaten redovisas öppet på webben och i årsredovisningen",
                "Engagerade medarbetare på alla nivåer, t.ex. i verksamhetsnära förbättringsgrupper (s.k. lärgrupper)",
            ],
            Improvements =
            [
                $"Följ upp målen inom {lower} med relevanta indikatorer. Vad ska uppnås?",
                $"Förtydliga ansvar och roller i område {definition.Number} så att det finns en tydlighet kring uppdrag, resultatförväntningar och hur avvikelser ska hanteras på enhetsnivå",
                "Resultatsida på central nivå i webben – samla resultat som kan vara av intresse för medborgarna",
            ],
            Questions = rows,
        };
    }

    private PrintedQuestion Question(QuestionDefinition question, decimal share)
    {
        var raw = share * question.Max;
        var score = _halfPoints ? Math.Round(raw * 2, MidpointRounding.AwayFromZero) / 2 : Math.Round(raw, MidpointRounding.AwayFromZero);
        var percent = (int)Math.Round(raw * 100 / question.Max, MidpointRounding.AwayFromZero);
        return new PrintedQuestion(question.Id, question.Text, score, question.Max, percent);
    }
}
