namespace Kompass.Ingest.Web.Api.Json;

/// <summary>A box on a page in PDF points, origin at the bottom-left of the page (PdfPig's coordinates); the page converts it with pdf.js's viewport.</summary>
public sealed record BoxJson(double Left, double Bottom, double Right, double Top);
