using PdfSharp.Fonts;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Maps the few font families the generator uses to TrueType files from Debian's font packages
/// (fonts-dejavu-core, fonts-liberation2, fonts-crosextra-carlito). PDFsharp's core build has no
/// font lookup on Linux, so without this it cannot draw text. Families: "DejaVu Sans",
/// "DejaVu Serif", "DejaVu Sans Condensed", "Liberation Sans", "Liberation Serif", "Carlito".
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    private static readonly string[] SearchRoots = ["/usr/share/fonts/truetype", "/usr/share/fonts"];

    private static readonly Dictionary<string, string[]> FilesByFamily = new(StringComparer.OrdinalIgnoreCase)
    {
        // regular, bold, italic, bold italic
        ["DejaVu Sans"] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"],
        ["DejaVu Serif"] = ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"],
        ["DejaVu Sans Condensed"] = ["DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"],
        ["Liberation Sans"] = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"],
        ["Liberation Serif"] = ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"],
        ["Carlito"] = ["Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"],
    };

    private static readonly Lazy<Dictionary<string, string>> PathsByFileName = new(IndexFontFiles);

    /// <summary>Installs the resolver once per process (PDFsharp allows setting it only once).</summary>
    public static void EnsureInstalled()
    {
        lock (FilesByFamily)
        {
            if (GlobalFontSettings.FontResolver is not SystemFontResolver)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver();
            }
        }
    }

    /// <summary>True when every file of <paramref name="family"/> is installed.</summary>
    public static bool IsAvailable(string family)
        => FilesByFamily.TryGetValue(family, out var files) && files.All(PathsByFileName.Value.ContainsKey);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!FilesByFamily.TryGetValue(familyName, out var files))
        {
            return null;
        }

        var index = (bold ? 1 : 0) + (italic ? 2 : 0);
        return new FontResolverInfo(files[index]);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (!PathsByFileName.Value.TryGetValue(faceName, out var path))
        {
            throw new InvalidOperationException(
                $"font file {faceName} is not installed: apt-get install fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito");
        }

        return File.ReadAllBytes(path);
    }

    private static Dictionary<string, string> IndexFontFiles()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in SearchRoots.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.ttf", SearchOption.AllDirectories))
            {
                result.TryAdd(Path.GetFileName(file), file);
            }
        }

        return result;
    }
}
