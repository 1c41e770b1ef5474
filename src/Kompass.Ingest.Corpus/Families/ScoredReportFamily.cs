using System.Globalization;
using System.Security.Cryptography;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Truth;
using Kompass.Ingest.Corpus.Truth.Injection;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// A family of scored reports (analyses of one era, feedback, Regionkompassen): its
/// <see cref="ReportProfile"/> says what the reports print, its injection kinds which
/// inconsistencies about a third of them carry, and its renderer how they look. Each report's
/// truth is computed from its printed values; <c>duplicate-report</c>, which spans documents, is
/// added by the generator. Deterministic: the same context random gives the same bytes.
/// </summary>
public sealed partial class ScoredReportFamily : ICorpusFamily
{
    private readonly ExpectedFlagCalculator _calculator = new();

    /// <summary>A family of <paramref name="profile"/>'s reports, drawn by <paramref name="renderer"/>.</summary>
    public ScoredReportFamily(ReportProfile profile, IReadOnlyList<InjectionKind> injections, IReportRenderer renderer)
    {
        Profile = Guard.NotNull(profile);
        Injections = Guard.NotNull(injections);
        Renderer = Guard.NotNull(renderer);
    }

    /// <summary>What the family's reports print.</summary>
    public ReportProfile Profile { get; }

    /// <summary>The inconsistencies planted, in order of use.</summary>
    public IReadOnlyList<InjectionKind> Injections { get; }

    /// <summary>The renderer that lays the reports out.</summary>
    public IReportRenderer Renderer { get; }

    /// <inheritdoc />
    public string Name => Profile.Family;

    /// <inheritdoc />
    public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
    {
        Guard.NotNull(context);
        var random = context.Random;
        var catalog = context.Catalogs.SingleOrDefault(c => c.Revision == Profile.Revision)
            ?? throw new InvalidOperationException($"no framework catalog for revision {Profile.Revision.ToName()}");
        var set = catalog.QuestionSets.SingleOrDefault(s => s.Name == Profile.QuestionSet)
            ?? throw new InvalidOperationException($"catalog {Profile.Revision.ToName()} has no question set {Profile.QuestionSet}");
        var run = new FamilyRun(context, catalog, set, MunicipalityDirectory.Of(context), new ReportSubjectPicker(Profile, context, random), []);
        foreach (var kind in InjectionPlan.Build(Injections, count, random))
        {
            var subject = run.Subjects.Next();
            var seed = random.Next();
            foreach (var item in Unit(run, subject, kind, seed))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<CorpusItem> Unit(FamilyRun run, ReportSubject subject, InjectionKind? kind, int seed)
    {
        // Content and layout draw from separate streams, so a renderer change never changes content.
        var content = new Random(seed);
        var draft = Draft(run, subject, kind, content, out var notes);
        var printed = draft.Print();
        if (kind is { } k && !InjectionPlan.IsDuplicate(k))
        {
            var (injected, note) = PrintedInjector.Apply(k, printed, content);
            printed = injected;
            notes.AddIfNotNull(note);
        }

        var path = run.Unique(ScoredArchivePaths.For(Profile.TitleStyle, printed, content));
        if (!InjectionPlan.IsDuplicate(kind))
        {
            yield return Item(run, printed with { Injected = notes }, path, seed);
            yield break;
        }

        var twinPath = run.Unique(ScoredArchivePaths.Twin(path, content));
        var (twin, twinNote) = kind == InjectionKind.DuplicateAgreeing ? AgreeingTwin(draft, content) : DifferingTwin(draft, content);
        var original = Item(run, printed with { Injected = [$"duplicate-report: {twinNote}; the other copy is {twinPath}"] }, path, seed);
        var copy = Item(run, twin with { Injected = [$"duplicate-report: {twinNote}; the other copy is {path}"] }, twinPath, seed + 1);
        Guard.That(original.Truth!.Sha256 != copy.Truth!.Sha256, "a duplicate's twin must have its own bytes");
        yield return original;
        yield return copy;
    }

    private ReportDraft Draft(FamilyRun run, ReportSubject subject, InjectionKind? kind, Random content, out List<string> notes)
    {
        notes = [];
        var municipality = subject.County is { } county
            ? MunicipalityNames.Region(county, subject.Year, content)
            : MunicipalityNames.Official(subject.Municipality!);
        var facts = ReportFactsFactory.Draw(Profile, municipality, subject.Year, run.Context.Municipalities, content);
        if (kind is { } k)
        {
            facts = facts with { Prints = InjectionRequirements.Apply(k, facts.Prints, Profile.Type) };
            if (subject.Municipality is { } official)
            {
                var (injected, note) = FactsInjector.Apply(k, facts, official, run.Directory, content);
                facts = injected;
                notes.AddIfNotNull(note);
            }
        }

        var title = TitleComposer.Compose(Profile.TitleStyle, facts, content);
        var sheet = ScoreSheetFactory.Draw(run.Set, facts, content);
        // The texts draw from a stream of their own, seeded by one draw: a richer lexicon or a new
        // sentence shape then changes only the texts, never a file name or an injected fact after them.
        var texts = ReportTextsFactory.Draw(Profile, run.Catalog, new Random(content.Next()));
        return new ReportDraft(Profile, run.Set, facts, title, sheet, texts);
    }

    private CorpusItem Item(FamilyRun run, PrintedReport printed, string path, int seed)
    {
        var rendered = Renderer.Render(printed, new Random(unchecked((seed * 397) ^ 0x5bd1e995)));
        var flags = _calculator.Calculate(printed, new RuleContext(run.Set, run.Directory));
        var truth = TruthDocumentBuilder.Build(printed, rendered, flags, run.Directory) with
        {
            Path = path,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(rendered.Bytes)),
        };
        return new CorpusItem(path, rendered.Bytes, truth) { Injected = printed.Injected };
    }

    private sealed record FamilyRun(
        CorpusContext Context,
        FrameworkCatalog Catalog,
        QuestionSet Set,
        MunicipalityDirectory Directory,
        ReportSubjectPicker Subjects,
        HashSet<string> Paths)
    {
        // Two reports of one family could be filed under the same name; the second gets " (2)".
        public string Unique(string path)
        {
            var candidate = path;
            for (var n = 2; !Paths.Add(candidate); n++)
            {
                var dot = path.LastIndexOf('.');
                candidate = string.Create(CultureInfo.InvariantCulture, $"{path[..dot]} ({n}){path[dot..]}");
            }

            return candidate;
        }
    }
}
