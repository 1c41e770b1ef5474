using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Writes one area's question table: a header naming the area, a row per question ("1.1 … 10 15
/// 65%") and the total row ("71 100 71%"). Some runs of rows reach the content stream text first
/// and numbers after, as in the seed report. Records the page of every row and of the total.
/// </summary>
public static class QuestionTableWriter
{
    /// <summary>Writes the table of <paramref name="area"/> at the cursor; nothing when it has no questions.</summary>
    public static void Write(FlowWriter flow, LayoutPass pass, PrintedArea area, QuestionTableOptions options)
    {
        Guard.NotNull(flow);
        Guard.NotNull(pass);
        Guard.NotNull(area);
        Guard.NotNull(options);
        if (area.Questions.Count == 0)
        {
            return;
        }

        var percent = area.Questions.Any(q => q.Percent is not null);
        var title = options.AreaInHeader ? $"{area.Number}. {area.TableName}" : string.Empty;
        var columns = new List<TableColumn>();
        if (options.IdColumn)
        {
            columns.Add(new TableColumn(string.Empty, 30));
        }

        columns.Add(new TableColumn(title, 0));
        columns.Add(new TableColumn(options.Headers.Score, options.NumberWidth, Numeric: true));
        columns.Add(new TableColumn(options.Headers.Max, options.NumberWidth, Numeric: true));
        if (percent)
        {
            columns.Add(new TableColumn(options.Headers.Percent, options.NumberWidth + 4, Numeric: true));
        }

        var table = new TableWriter(flow, options.Style, columns);
        table.Header();
        var index = 0;
        while (index < area.Questions.Count)
        {
            var run = RunLength(pass.Random, options.JumbleChance, area.Questions.Count - index);
            var order = run == 1 ? RowOrder.RowByRow : (pass.Random.NextDouble() < 0.8 ? RowOrder.TextThenNumbers : RowOrder.NumbersThenText);
            var questions = area.Questions.Skip(index).Take(run).ToList();
            var pages = table.Rows(questions.Select(q => QuestionRow(q, options, percent)).ToList(), order);
            for (var i = 0; i < questions.Count; i++)
            {
                pass.Map.Question(questions[i].Id, pages[i]);
            }

            index += run;
        }

        if (area.TableTotal is { } total)
        {
            var cells = new List<string>();
            if (options.IdColumn)
            {
                cells.Add(string.Empty);
            }

            cells.Add(options.TotalLabel);
            cells.Add(SwedishFormat.Score(total));
            cells.Add(area.TableTotalMax is { } max ? SwedishFormat.Score(max) : string.Empty);
            if (percent)
            {
                var share = SwedishFormat.PercentOf(total, area.TableTotalMax);
                cells.Add(share is { } p ? SwedishFormat.Percent(p, options.SpacedPercent) : string.Empty);
            }

            pass.Map.TableTotal(area.Number, table.Row(new TableRow(cells, Bold: true)));
        }

        table.Finish(14);
    }

    private static int RunLength(Random random, double chance, int remaining)
        => remaining > 1 && random.NextDouble() < chance ? Math.Min(remaining, random.Next(2, 6)) : 1;

    private static TableRow QuestionRow(PrintedQuestion question, QuestionTableOptions options, bool percent)
    {
        var cells = new List<string>();
        if (options.IdColumn)
        {
            cells.Add(question.Id);
            cells.Add(question.Text);
        }
        else
        {
            cells.Add($"{question.Id} {question.Text}");
        }

        cells.Add(SwedishFormat.Score(question.Score));
        cells.Add(SwedishFormat.Score(question.Max));
        if (percent)
        {
            cells.Add(question.Percent is { } p ? SwedishFormat.Percent(p, options.SpacedPercent) : string.Empty);
        }

        return new TableRow(cells);
    }
}
