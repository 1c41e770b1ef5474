namespace Kompass.Ingest.Web.Store;

/// <summary>One theme a finding can have: a subheading of an area of a framework revision ("2010").</summary>
public sealed record ThemeChoice(string Revision, int Area, string Theme);
