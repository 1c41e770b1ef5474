namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/>, looked up in a table for the Latin letters: outside
/// ASCII the runtime asks ICU for each char (a call into native code), and Swedish text is full of
/// å, ä and ö, which <see cref="TextFeaturizer"/> lower-cases in every text a model reads. The table
/// is filled by <see cref="char.ToLowerInvariant(char)"/> itself, so a char's lower case is the
/// same either way; a char past it is asked as before. Thread-safe.
/// </summary>
internal static class InvariantLowerCase
{
    // Basic Latin up to Latin Extended-B: the letters of Swedish and its neighbours, and few enough
    // to fill the table at once.
    private const int TableLength = 0x0250;

    private static readonly char[] Table = [.. Enumerable.Range(0, TableLength).Select(c => char.ToLowerInvariant((char)c))];

    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char Of(char c) => c < TableLength ? Table[c] : char.ToLowerInvariant(c);
}
