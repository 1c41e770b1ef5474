using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Decides whether a letter is set in a bold font, from the font name ("Calibri-Bold", "Arial,Bold"),
/// the weight PdfPig read from the font descriptor, or the descriptor's ForceBold flag (which
/// PdfPig does not surface, so it is read from the font dictionary). One instance per document:
/// it caches per font and is not thread-safe.
/// </summary>
internal sealed class FontWeights(Structure structure)
{
    // PDF 32000-1:2008, table 123: bit 19 of /Flags.
    private const int ForceBoldFlag = 1 << 18;
    private const int BoldWeight = 600;

    private readonly Dictionary<(string?, IndirectReference?), bool> _byFont = [];

    // The last letter's font, compared by reference: letters of one font share its name and
    // details, and this is asked for every letter, where hashing the name was most of the cost.
    private string? _lastName;
    private FontDetails? _lastDetails;
    private bool _lastBold;

    /// <summary>True when <paramref name="letter"/>'s font is bold.</summary>
    public bool IsBold(Letter letter)
    {
        var details = letter.FontDetails;
        if (_lastName is not null && ReferenceEquals(letter.FontName, _lastName) && ReferenceEquals(details, _lastDetails))
        {
            return _lastBold;
        }

        var key = (letter.FontName, details?.FontDictionaryReference);
        if (!_byFont.TryGetValue(key, out var bold))
        {
            bold = (details is not null && (details.IsBold || details.Weight >= BoldWeight))
                || FontNames.NameSaysBold(letter.FontName ?? string.Empty)
                || (details?.FontDictionaryReference is { } reference && HasForceBold(reference));
            _byFont[key] = bold;
        }

        (_lastName, _lastDetails, _lastBold) = (letter.FontName, details, bold);
        return bold;
    }

    private bool HasForceBold(IndirectReference fontReference)
    {
        try
        {
            if (Resolve(structure.GetObject(fontReference).Data) is not DictionaryToken font)
            {
                return false;
            }

            // A composite (Type 0) font keeps its descriptor on its first descendant font.
            if (font.TryGet(NameToken.DescendantFonts, out var descendants)
                && Resolve(descendants) is ArrayToken { Length: > 0 } array
                && Resolve(array[0]) is DictionaryToken descendant)
            {
                font = descendant;
            }

            return font.TryGet(NameToken.FontDescriptor, out var descriptorToken)
                && Resolve(descriptorToken) is DictionaryToken descriptor
                && descriptor.TryGet(NameToken.Flags, out var flagsToken)
                && Resolve(flagsToken) is NumericToken flags
                && (flags.Int & ForceBoldFlag) != 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false; // a damaged font dictionary only costs us the flag
        }
    }

    private IToken? Resolve(IToken? token)
        => token is IndirectReferenceToken reference ? structure.GetObject(reference.Data).Data : token;
}
