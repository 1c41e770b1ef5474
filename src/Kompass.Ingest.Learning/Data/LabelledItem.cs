using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// A strength or improvement of a real report with the area (and, where it clearly names one, the
/// subheading) a person gave it: the models' test on real text, never their training data.
/// </summary>
public sealed record LabelledItem(FrameworkRevision Revision, int Area, bool IsStrength, string? Theme, string Text);
