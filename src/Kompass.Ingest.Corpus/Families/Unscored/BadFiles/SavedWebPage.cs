using System.Text;

namespace Kompass.Ingest.Corpus.Families.Unscored.BadFiles;

/// <summary>An SKL web page about Kommunkompassen as a browser saves it ("Spara som …"), later renamed to .pdf.</summary>
public static class SavedWebPage
{
    /// <summary>The page's UTF-8 bytes; no "%PDF" anywhere.</summary>
    public static byte[] Bytes()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <title>Kommunkompassen - Sveriges Kommuner och Landsting</title>
            <link rel="stylesheet" href="Kommunkompassen_files/skl.css">
            </head>
            <body>
            <header><a href="https://skl.se/">Sveriges Kommuner och Landsting</a></header>
            <main>
            <h1>Kommunkompassen</h1>
            <p class="ingress">Kommunkompassen är ett verktyg för att analysera en kommuns sätt att arbeta. Den utgår från åtta områden och ger en bild av kommunens styrkor och förbättringsområden.</p>
            <h2>De åtta områdena</h2>
            <ol>
            <li>Offentlighet och demokrati</li>
            <li>Tillgänglighet och brukarorientering</li>
            <li>Politisk styrning och kontroll</li>
            <li>Ledarskap, ansvar och delegation</li>
            <li>Resultat och effektivitet</li>
            <li>Kommunen som arbetsgivare</li>
            <li>Verksamhetsutveckling</li>
            <li>Kommunen som samhällsbyggare</li>
            </ol>
            <h2>Genomförda utvärderingar</h2>
            <p>Rapporterna från genomförda utvärderingar finns att ladda ner som pdf under respektive kommun.</p>
            <p>Kontakt: <a href="mailto:kommunkompassen@skl.se">kommunkompassen@skl.se</a></p>
            </main>
            <footer>Sveriges Kommuner och Landsting, 118 82 Stockholm. Besöksadress Hornsgatan 20.</footer>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
