namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>
/// A horizontal or vertical ruling line, normalised: <see cref="Position"/> is its y (horizontal) or
/// x (vertical), and it runs from <see cref="From"/> to <see cref="To"/> along its own axis, in points.
/// </summary>
internal sealed record Segment(bool IsHorizontal, double Position, double From, double To)
{
    /// <summary>True when this segment and <paramref name="other"/> (of the other orientation) cross or touch within <paramref name="tolerance"/>.</summary>
    public bool Crosses(Segment other, double tolerance)
        => other.Position >= From - tolerance && other.Position <= To + tolerance
            && Position >= other.From - tolerance && Position <= other.To + tolerance;

    /// <summary>How much of [<paramref name="from"/>, <paramref name="to"/>] this segment covers.</summary>
    public double Covered(double from, double to) => Math.Max(0, Math.Min(To, to) - Math.Max(From, from));
}
