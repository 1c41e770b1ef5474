using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// A part of one page that holds question-table rows, to be read as one table. <see cref="Inherited"/>
/// is set for a zone without ids of its own (the total row of a table continued from the page
/// before), which is read with the column roles of that table. <see cref="OpensPage"/> is true when
/// nothing but page furniture is printed above the zone.
/// </summary>
internal sealed record QuestionZone(PageLayout Page, BoundingBox Box, ColumnRoles? Inherited, bool OpensPage);
