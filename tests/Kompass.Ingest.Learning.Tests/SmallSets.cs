using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>A small training set built in code: three document types and three areas with words of their own.</summary>
internal static class SmallSets
{
    private static readonly string[][] AreaWords =
    [
        ["medborgardialog", "e-förslag", "medborgarpanel", "demokratiberedning", "ungdomsråd"],
        ["brukarundersökning", "synpunktshantering", "bemötande", "servicegarantier", "tillgänglighet"],
        ["målstyrning", "uppföljning", "internkontroll", "ägardirektiv", "delegationsordning"],
    ];

    private static readonly string[] Shapes = ["Utveckla {0} i hela kommunen", "Väl fungerande {0}", "Se över {0} och följ upp", "Kommunen arbetar aktivt med {0}"];

    private static readonly (DocumentType Type, string Text)[] Types =
    [
        (DocumentType.KommunKompassenAnalysis, "KommunKompassen Analys av {0} kommun Tabell 1 poäng TOTALT"),
        (DocumentType.KommunKompassenPm, "PM Utvärdering enligt Kommunkompassen {0} kommun inför besöket"),
        (DocumentType.RelatedDocument, "Riktlinjer för {0} kommun antagna av kommunfullmäktige"),
    ];

    public static TrainingSet Build(int documents = 18)
    {
        var docs = new List<DocumentSample>();
        var findings = new List<FindingSample>();
        for (var d = 0; d < documents; d++)
        {
            var sha = $"{d:x2}".PadRight(64, 'a');
            var group = $"{1000 + d}/2016";
            var (type, text) = Types[d % Types.Length];
            docs.Add(new DocumentSample { Sha256 = sha, Path = $"doc{d}.pdf", Group = group, Toolchain = d % 6 == 5 ? "libreoffice" : "pdfsharp", Type = type, LeadText = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, $"Kommun{d}"), PageCount = 5 + d % 3 });
            for (var area = 1; area <= AreaWords.Length; area++)
            {
                for (var i = 0; i < 4; i++)
                {
                    var word = AreaWords[area - 1][(d + i) % AreaWords[area - 1].Length];
                    findings.Add(new FindingSample
                    {
                        Sha256 = sha, Group = group, Toolchain = docs[^1].Toolchain, Revision = FrameworkRevision.Rev2010, Area = area,
                        IsStrength = i % 2 == 0, Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Shapes[(d + i) % Shapes.Length], word),
                        Theme = $"Tema {area}.{1 + ((d + i) % 2)}",
                    });
                }
            }
        }

        return new TrainingSet(docs, findings, []);
    }
}
