namespace Kompass.Ingest.Domain.Guards;

/// <summary>
/// The one place where programmer mistakes (null arguments, impossible states) are caught early.
/// Odd input from documents is never reported through here: that is a value, not an exception.
/// </summary>
public static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    /// <summary>Throws <see cref="KompassBugException"/> when an invariant the code relies on does not hold.</summary>
    public static void That(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new KompassBugException(invariant);
        }
    }
}
