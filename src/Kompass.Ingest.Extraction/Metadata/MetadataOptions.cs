using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// The domain vocabulary and tolerances of metadata extraction, in one place: every word list the
/// metadata parts (and the dates of <see cref="Furniture.PageFurnitureDetector"/>) recognise. The
/// defaults come from the real archive's covers (about 80 titles, 2002–2018) and the 2017 seed
/// report; all matching is case-insensitive under Swedish rules unless a member says otherwise.
/// Plain data; <see cref="Default"/> is shared and immutable.
/// </summary>
public sealed class MetadataOptions
{
    /// <summary>The defaults, shared.</summary>
    public static MetadataOptions Default { get; } = new();

    /// <summary>
    /// Swedish month names and their printed abbreviations, lower case, with their number.
    /// Default: januari…december plus jan, feb, mars/mar, apr, jun, jul, aug, sep/sept, okt, nov, dec.
    /// </summary>
    public IReadOnlyDictionary<string, int> Months { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["februari"] = 2, ["mars"] = 3, ["april"] = 4, ["maj"] = 5, ["juni"] = 6,
        ["juli"] = 7, ["augusti"] = 8, ["september"] = 9, ["oktober"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["okt"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>
    /// Ordinals that state an evaluation round ("kommunens andra utvärdering"), lower case.
    /// Default: första (1) … tionde (10).
    /// </summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["första"] = 1, ["andra"] = 2, ["tredje"] = 3, ["fjärde"] = 4, ["femte"] = 5,
        ["sjätte"] = 6, ["sjunde"] = 7, ["åttonde"] = 8, ["nionde"] = 9, ["tionde"] = 10,
    };

    /// <summary>
    /// Singular forms of "evaluation" an ordinal must qualify to state the round; the plural
    /// ("andra utvärderingar": other evaluations) and the genitive ("första bild av
    /// utvärderingens resultat") never do. Default: utvärdering, utvärderingen.
    /// </summary>
    public IReadOnlyList<string> EvaluationNouns { get; init; } = ["utvärdering", "utvärderingen"];

    /// <summary>
    /// Verbs of the sentence that dates the evaluation ("Utvärderingen … genomfördes i februari
    /// 2017", "Besöket ägde rum den 13–15 december 2010"); the memo's present and future forms
    /// included. Default: genomfördes, genomförde, genomförts, genomförs, genomföras, gjordes,
    /// utfördes, ägde rum, äger rum, skedde, hölls.
    /// </summary>
    public IReadOnlyList<string> EvaluationVerbs { get; init; } =
        ["genomfördes", "genomförde", "genomförts", "genomförs", "genomföras", "gjordes", "utfördes", "ägde rum", "äger rum", "skedde", "hölls"];

    /// <summary>
    /// Word stems a dating sentence must also contain, so that "revideringen genomfördes 2010"
    /// is not read as the evaluation. Default: utvärdering, analys, besök, intervju, kommunkompass.
    /// </summary>
    public IReadOnlyList<string> EvaluationSubjects { get; init; } = ["utvärdering", "analys", "besök", "intervju", "kommunkompass"];

    /// <summary>
    /// Labels that introduce the evaluators at the start of a line, with a colon, without one, or
    /// followed by "var"/"är" ("Utvärderare var Märit Melbi och …"). Default: utvärderare,
    /// utvärderarna, utvärderingsgrupp, utvärderingsgruppen, utvärderingsteam, rapportförfattare.
    /// </summary>
    public IReadOnlyList<string> EvaluatorLabels { get; init; } =
        ["utvärderare", "utvärderarna", "utvärderingsgrupp", "utvärderingsgruppen", "utvärderingsteam", "rapportförfattare"];

    /// <summary>
    /// Words that join evaluators in a list. Default: och, samt, &amp;, and, +.
    /// </summary>
    public IReadOnlyList<string> NameConnectors { get; init; } = ["och", "samt", "&", "and", "+"];

    /// <summary>
    /// Multi-word organisations printed beside evaluators that contain a connector, recognised
    /// whole before a list is split. Default: Sveriges Kommuner och Landsting, Sveriges Kommuner
    /// och Regioner.
    /// </summary>
    public IReadOnlyList<string> OrganisationPhrases { get; init; } =
        ["Sveriges Kommuner och Landsting", "Sveriges Kommuner och Regioner"];

    /// <summary>
    /// Words that make a run of words an organisation wherever they stand in it ("SKL", "senior
    /// konsult", "F.D. SKL"). Default: skl, skr, konsult, konsulter, senior, f.d., fd, förre, före detta,
    /// tidigare, utvärderare, projektledare, sekreterare, ordförande.
    /// </summary>
    public IReadOnlyList<string> OrganisationWords { get; init; } =
    [
        "skl", "skr", "konsult", "konsulter", "senior", "f.d.", "fd", "förre", "före", "detta", "tidigare",
        "projektledare", "sekreterare", "ordförande", "ab",
    ];

    /// <summary>
    /// Words that close an organisation named by its place ("Marks kommun", "Borås Stad",
    /// "Anders Bergenek AB", "Landstinget i Kalmar län"). Default: kommun, kommuns, stad, stads, län,
    /// läns, landsting, region, ab, kommunförbund, förbund, förvaltning, universitet, högskola.
    /// </summary>
    public IReadOnlyList<string> OrganisationSuffixes { get; init; } =
    [
        "kommun", "kommuns", "stad", "stads", "län", "läns", "landsting", "region", "ab", "kommunförbund",
        "förbund", "förvaltning", "universitet", "högskola",
    ];

    /// <summary>
    /// Words that open an organisation ("Landstinget i Kalmar län", "Lt Kalmar", "Svenska
    /// Kommunförbundet", "Region Skåne"). Default: landstinget, lt, region, regionen, sveriges,
    /// svenska, kommunförbundet, länsstyrelsen.
    /// </summary>
    public IReadOnlyList<string> OrganisationPrefixes { get; init; } =
        ["landstinget", "lt", "region", "regionen", "sveriges", "svenska", "kommunförbundet", "länsstyrelsen"];

    /// <summary>
    /// Lower-case words allowed inside a person's name ("Ann von Sydow"). Default: von, af, de, van, der, la.
    /// </summary>
    public IReadOnlyList<string> NameParticles { get; init; } = ["von", "af", "de", "van", "der", "la"];

    /// <summary>
    /// Words of covers and titles that are never part of a municipality's or a person's name.
    /// Default: the Kompass names, analys, av, rapport, återkoppling, utvärdering, enligt, pm,
    /// pilotstudie, slutrapport and the small words around them.
    /// </summary>
    public IReadOnlyList<string> CoverKeywords { get; init; } =
    [
        "kommunkompassen", "kommunkompass", "kompassen", "kompass", "regionkompassen", "regionkompass",
        "analys", "av", "rapport", "återkoppling", "utvärdering", "enligt", "pm", "pilotstudie", "en", "i",
        "för", "och", "slutrapport", "sammanfattning", "kommun", "utvärderare", "version", "utkast", "bilaga",
    ];

    /// <summary>
    /// Words that close a municipality's name ("LJUSDALS KOMMUN", "Helsingborgs stad").
    /// Default: kommun, kommuns, stad, stads.
    /// </summary>
    public IReadOnlyList<string> MunicipalitySuffixes { get; init; } = ["kommun", "kommuns", "stad", "stads"];

    /// <summary>
    /// Subjects whose "… av X" names the evaluated body in running text ("Utvärderingen av Solna
    /// stad genomfördes …"). Default: utvärderingen, analysen, återkopplingen, granskningen.
    /// </summary>
    public IReadOnlyList<string> SubjectNouns { get; init; } = ["utvärderingen", "analysen", "återkopplingen", "granskningen"];

    /// <summary>
    /// Qualifiers between "intervjuer med" and the count ("ca 20 personer"). Default: ca, c:a,
    /// cirka, drygt, omkring, ungefär, närmare, totalt, sammanlagt, över, knappt, runt.
    /// </summary>
    public IReadOnlyList<string> CountQualifiers { get; init; } =
        ["ca", "ca.", "c:a", "cirka", "drygt", "omkring", "ungefär", "närmare", "totalt", "sammanlagt", "över", "knappt", "runt"];

    /// <summary>
    /// Nouns a counted group of interviewees is printed with. Default: personer, intervjupersoner,
    /// respondenter, deltagare, företrädare, representanter.
    /// </summary>
    public IReadOnlyList<string> IntervieweeNouns { get; init; } =
        ["personer", "intervjupersoner", "respondenter", "deltagare", "företrädare", "representanter"];

    /// <summary>Earliest plausible evaluation or report year (Kompass came to Sweden in 2002). Default 1995.</summary>
    [Range(1900, 2100)]
    public int MinYear { get; init; } = 1995;

    /// <summary>Latest plausible year. Default 2099.</summary>
    [Range(1900, 2200)]
    public int MaxYear { get; init; } = 2099;

    /// <summary>A municipality's or region's name has at most this many words ("Upplands Väsby", "Västra Götalands"). Default 3.</summary>
    [Range(1, 6)]
    public int MaxMunicipalityNameWords { get; init; } = 3;

    /// <summary>
    /// A report date on the title page stands on a line with at most this many other words
    /// ("Stockholm 2017-06-25", "Datum: 2017-06-25"); a longer line is prose. Default 4.
    /// </summary>
    [Range(0, 50)]
    public int MaxDateLineWords { get; init; } = 4;

    /// <summary>A person's name has at least this many words ("Leif Eldås"). Default 2.</summary>
    [Range(1, 6)]
    public int MinNameWords { get; init; } = 2;

    /// <summary>A person's name has at most this many words ("Johan Henrik Bergström", "Britt-Marie Persson Melin"). Default 4.</summary>
    [Range(1, 8)]
    public int MaxNameWords { get; init; } = 4;

    /// <summary>
    /// A line of at least this many words, most of them in lower case, is prose: it ends the
    /// search for unlabelled evaluators on the title page (a memo starts its text there), while
    /// "Lars Strid, senior konsult (SKL) och Anders Bergenek, Halmstad" is a list. Default 6.
    /// </summary>
    [Range(1, 100)]
    public int ProseMinWords { get; init; } = 6;

    /// <summary>
    /// Two lines of one evaluator block lie at most this many line heights apart (baseline to
    /// baseline); a wider gap ends the block. Default 3.0.
    /// </summary>
    [Range(1, 20)]
    public double EvaluatorBlockGapLines { get; init; } = 3.0;
}
