using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// The names the store writes for enum values. Spelled out rather than taken from the enum member
/// names, so that renaming a C# member never orphans stored data; they match the export contract.
/// </summary>
internal static class StoreNames
{
    private static readonly (DocumentType Type, string Name)[] Types =
    [
        (DocumentType.KommunKompassenAnalysis, "kommunkompassen-analysis"),
        (DocumentType.KommunKompassenPm, "kommunkompassen-pm"),
        (DocumentType.KommunKompassenFeedback, "kommunkompassen-feedback"),
        (DocumentType.Regionkompassen, "regionkompassen"),
        (DocumentType.RelatedDocument, "related-document"),
        (DocumentType.Unreadable, "unreadable"),
    ];

    public static string Name(DocumentType type) => Types.Single(t => t.Type == type).Name;

    public static DocumentType TypeOf(string name, string record)
        => Types.Where(t => t.Name == name).Select(t => (DocumentType?)t.Type).SingleOrDefault()
           ?? throw BsonRead.Malformed(record, "type");

    public static string Name(FrameworkRevision revision) => revision.ToName();

    public static FrameworkRevision? Revision(string? name)
        => FrameworkRevisionNames.TryParse(name, out var revision) ? revision : null;

    public static string Name(MunicipalityKind kind) => kind == MunicipalityKind.Region ? "region" : "kommun";

    public static MunicipalityKind Kind(string? name) => name == "region" ? MunicipalityKind.Region : MunicipalityKind.Kommun;
}
