using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>One area of the 2002 or 2020 revision and its links to the 2010 areas (at least one; a single <see cref="CrosswalkKind.None"/> link when it has no counterpart).</summary>
public sealed record CrosswalkEntry(FrameworkRevision Revision, int Area, string Name, IReadOnlyList<CrosswalkLink> Links);
