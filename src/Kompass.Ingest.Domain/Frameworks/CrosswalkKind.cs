namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>How an area of one framework revision relates to an area of the 2010 revision.</summary>
public enum CrosswalkKind
{
    /// <summary>The same area under the same name (or a name printed for it); the questions may still differ.</summary>
    Same,

    /// <summary>The same topic under another name, possibly under another number.</summary>
    Renamed,

    /// <summary>The area was split: this area covers one of several parts of the target.</summary>
    Split,

    /// <summary>Areas were merged: the target is one of several this area combines.</summary>
    Merged,

    /// <summary>The two areas overlap only in part.</summary>
    Partial,

    /// <summary>No counterpart: the link has no target area.</summary>
    None,
}
