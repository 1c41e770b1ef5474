using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The forms a municipality or region is printed in: official names ("Vallentuna kommun",
/// "Simrishamns kommun", "Helsingborgs stad", "Region Gotland", "Landstinget i Kalmar län"),
/// and names that are not on the official list on purpose (misspelt or foreign).
/// </summary>
public static class MunicipalityNames
{
    /// <summary>Municipalities that call themselves "stad".</summary>
    private static readonly HashSet<string> Cities = new(StringComparer.Ordinal)
    {
        "Stockholm", "Göteborg", "Malmö", "Helsingborg", "Västerås", "Sundbyberg", "Borås", "Lidingö", "Solna",
        "Mölndal", "Landskrona", "Trollhättan", "Vaxholm", "Haparanda",
    };

    /// <summary>Names whose official form is irregular ("Falu kommun"); left out of the draw rather than guessed.</summary>
    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal) { "Falun" };

    /// <summary>Real places outside the Swedish list: Åland, Finland-Swedish and Norwegian municipalities.</summary>
    private static readonly string[] Foreign = ["Mariehamn", "Jomala", "Vörå", "Pargas", "Närpes", "Bærum", "Tromsø", "Kristiansand", "Haugesund"];

    /// <summary>True when the generator may draw <paramref name="municipality"/> (its printed form is regular).</summary>
    public static bool IsDrawable(OfficialMunicipality municipality)
        => !Irregular.Contains(Guard(municipality).Name);

    /// <summary>The official printed form of a municipality.</summary>
    public static PrintedMunicipality Official(OfficialMunicipality municipality)
    {
        var name = Guard(municipality).Name;
        var printed = name == "Gotland" ? "Region Gotland" : $"{Genitive(name)} {(Cities.Contains(name) ? "stad" : "kommun")}";
        return new PrintedMunicipality(name, municipality.Code, MunicipalityKind.Kommun, printed);
    }

    /// <summary>A region (landsting) as a Regionkompassen report prints it.</summary>
    public static PrintedMunicipality Region(OfficialCounty county, int year, Random random)
    {
        ArgumentNullException.ThrowIfNull(county);
        ArgumentNullException.ThrowIfNull(random);
        var printed = year < 2019 && random.Chance(0.6) ? $"Landstinget i {county.Name}" : random.Chance(0.5) ? $"Region {county.Name}" : $"Region {county.ShortName}";
        return new PrintedMunicipality(county.ShortName, county.Code, MunicipalityKind.Region, printed);
    }

    /// <summary>
    /// A municipality name that is not on the official list: a misspelling of <paramref name="near"/>
    /// or a foreign municipality. Code null, as the truth must say.
    /// </summary>
    public static PrintedMunicipality Unknown(OfficialMunicipality near, MunicipalityDirectory directory, Random random)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(random);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = random.Chance(0.65) ? Misspell(Guard(near).Name, random) : random.Pick(Foreign);
            // The genitive "s" of a printed name must not turn it back into an official one either.
            if (!directory.IsOfficial(name, MunicipalityKind.Kommun) && !directory.IsOfficial(name.TrimEnd('s'), MunicipalityKind.Kommun))
            {
                return new PrintedMunicipality(name, null, MunicipalityKind.Kommun, $"{Genitive(name)} kommun");
            }
        }

        throw new InvalidOperationException("no unknown municipality name found in 20 attempts");
    }

    /// <summary>The genitive a name takes in "… kommun": "Simrishamns", but "Vallentuna", "Borås", "Kalix".</summary>
    public static string Genitive(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var last = char.ToLowerInvariant(name[^1]);
        return "aeiouyåäöøsxz".Contains(last, StringComparison.Ordinal) ? name : name + "s";
    }

    private static string Misspell(string name, Random random)
    {
        var letters = name.ToCharArray().ToList();
        // Only between two letters, so a space or hyphen never doubles into a name that collapses back.
        var positions = Enumerable.Range(1, Math.Max(0, letters.Count - 2)).Where(i => char.IsLetter(letters[i]) && char.IsLetter(letters[i + 1])).ToList();
        if (positions.Count == 0)
        {
            return name + "e";
        }

        var inner = random.Pick(positions);
        switch (random.Next(3))
        {
            case 0:
                letters.Insert(inner, letters[inner]);
                break;
            case 1 when letters.Count > 4:
                (letters[inner], letters[inner + 1]) = (letters[inner + 1], letters[inner]);
                break;
            default:
                if (letters.Count > 4)
                {
                    letters.RemoveAt(inner);
                }
                else
                {
                    letters.Add('e');
                }

                break;
        }

        return new string([.. letters]);
    }

    private static OfficialMunicipality Guard(OfficialMunicipality municipality)
        => municipality ?? throw new ArgumentNullException(nameof(municipality));
}
