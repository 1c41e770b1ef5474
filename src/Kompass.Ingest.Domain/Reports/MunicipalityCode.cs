namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// An official SCB code: four digits for a kommun ("1283"), two for a county/region ("12").
/// A value type so that a code is never confused with a name.
/// </summary>
public readonly record struct MunicipalityCode
{
    private MunicipalityCode(string value) => Value = value;

    /// <summary>The digits, with leading zeros ("0114").</summary>
    public string Value { get; }

    /// <summary>Parses a 2- or 4-digit code; returns false for anything else.</summary>
    public static bool TryParse(string? text, out MunicipalityCode code)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is 2 or 4 && trimmed.All(char.IsAsciiDigit))
        {
            code = new MunicipalityCode(trimmed);
            return true;
        }

        code = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
