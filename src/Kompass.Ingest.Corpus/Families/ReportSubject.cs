using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>Who and when one scored report is about: a municipality from the list (or a county for a region) and a year.</summary>
public sealed record ReportSubject(OfficialMunicipality? Municipality, OfficialCounty? County, int Year);
