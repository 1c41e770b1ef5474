using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Invented evaluators with Swedish names and the organisations covers print beside them: the
/// association of the time (Svenska Kommunförbundet until 2006, SKL until 2019, then SKR),
/// consultants, and peer evaluators from other municipalities or a county council.
/// </summary>
public static class EvaluatorPool
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Lars", "Karin", "Anders", "Eva", "Per", "Maria", "Johan", "Lena", "Mikael", "Ulrika", "Henrik", "Kristina",
        "Gunnar", "Birgitta", "Stefan", "Helena", "Magnus", "Åsa", "Ingrid", "Bengt-Olof", "Britt-Marie", "Märta", "Göran",
        "Sofia", "Jörgen", "Cecilia", "Mats", "Ylva", "Torbjörn", "Pernilla", "Håkan",
    ];

    private static readonly string[] Surnames =
    [
        "Lindqvist", "Bergström", "Sandberg", "Holmgren", "Åkesson", "Nyström", "Wallin", "Engström", "Lundgren", "Forsberg",
        "Hedlund", "Sjöberg", "Ekström", "Norberg", "Dahlgren", "Öberg", "Strandberg", "Hellström", "Björklund", "Fransson",
        "Lindahl", "Kärrman", "Melander", "Rydén", "Palmqvist", "Östlund", "Ahlin", "Persson Melin", "Grönlund", "Vikström",
    ];

    /// <summary>Two or three evaluators for an evaluation in <paramref name="year"/>.</summary>
    public static IReadOnlyList<PrintedEvaluator> Draw(int year, IReadOnlyList<OfficialMunicipality> municipalities, Random random)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Chance(0.3) ? 3 : 2;
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = $"{random.Pick(FirstNames)} {random.Pick(Surnames)}";
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        // The first evaluator comes from the association; the others are often peers.
        return names.Select((name, i) => new PrintedEvaluator(name, i == 0 ? Association(year, random) : Peer(year, municipalities, random))).ToList();
    }

    private static string? Association(int year, Random random)
    {
        var association = year <= 2006 ? "Svenska Kommunförbundet" : year <= 2019 ? "SKL" : "SKR";
        return random.Next(5) switch
        {
            0 => null,
            1 when year > 2006 => $"senior konsult ({association})",
            2 when year > 2006 => year <= 2019 ? "Sveriges Kommuner och Landsting" : "Sveriges Kommuner och Regioner",
            _ => association,
        };
    }

    private static string? Peer(int year, IReadOnlyList<OfficialMunicipality> municipalities, Random random) => random.Next(6) switch
    {
        0 => Association(year, random),
        1 => "konsult",
        2 when year < 2019 => "Landstinget i Kalmar län",
        3 => null,
        _ => MunicipalityNames.Official(random.Pick(municipalities.Where(MunicipalityNames.IsDrawable).ToList())).PrintedName,
    };
}
