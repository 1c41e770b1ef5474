using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Generation;

/// <summary>
/// Writes a sample archive: <c>OUT/archive/&lt;path&gt;</c> for every file of every family in the
/// mix (scaled to the count asked for), <c>OUT/truth/&lt;path&gt;.json</c> for every document, and
/// <c>OUT/injected.txt</c> listing what was planted where. Fills each truth's sha256 and path,
/// and adds <c>duplicate-report</c>, which only the whole archive can evidence. Each family draws
/// from its own random stream (<see cref="StableSeed"/>), so the same seed gives the same bytes.
/// Overwrites files it writes and never deletes anything. Not thread-safe.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<CorpusFamilyShare> mix)
{
    private const string ArchiveFolder = "archive";
    private const string TruthFolder = "truth";
    private const string InjectedFile = "injected.txt";

    /// <summary>The families and their weights.</summary>
    public IReadOnlyList<CorpusFamilyShare> Mix { get; } = mix ?? throw new ArgumentNullException(nameof(mix));

    /// <summary>
    /// Generates about <paramref name="count"/> files into <paramref name="outputDirectory"/>;
    /// <paramref name="progress"/> hears each family's name and file count as it finishes.
    /// </summary>
    public CorpusGenerationResult Generate(CorpusContext context, string outputDirectory, int count, int seed, Action<string, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var counts = MixScaler.Scale(Mix.Select(m => m.Weight).ToList(), count);
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var truths = new List<TruthDocument>();
        var families = new List<(string Name, int Files, int FirstTruth, int Planted, long Bytes)>();
        var injected = new StringBuilder();
        for (var i = 0; i < Mix.Count; i++)
        {
            var family = Mix[i].Family;
            var familyContext = context with { Random = new Random(StableSeed.Of(seed, family.Name)) };
            var (files, firstTruth, planted, bytes) = (0, truths.Count, 0, 0L);
            foreach (var item in counts[i] > 0 ? family.Generate(familyContext, counts[i]) : [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Unique(paths, ArchivePath.Validate(item.RelativePath));
                Write(Path.Combine(outputDirectory, ArchiveFolder, ArchivePath.ToLocal(path)), item.Bytes);
                (files, bytes) = (files + 1, bytes + item.Bytes.LongLength);
                if (item.Truth is { } truth)
                {
                    truths.Add(truth with { Path = path, Sha256 = Convert.ToHexStringLower(SHA256.HashData(item.Bytes)) });
                }

                planted += item.Injected.Count > 0 ? 1 : 0;
                foreach (var note in item.Injected)
                {
                    injected.Append(path).Append('\t').Append(note).Append('\n');
                }
            }

            families.Add((family.Name, files, firstTruth, planted, bytes));
            progress?.Invoke(family.Name, files);
        }

        var final = WithDuplicates(truths);
        foreach (var truth in final)
        {
            Write(Path.Combine(outputDirectory, TruthFolder, ArchivePath.ToLocal(truth.Path) + ".json"), Encoding.UTF8.GetBytes(ContractJson.Serialize(truth) + "\n"));
        }

        Write(Path.Combine(outputDirectory, InjectedFile), Encoding.UTF8.GetBytes(injected.ToString()));
        return new CorpusGenerationResult(families.Select((f, i) =>
        {
            var end = i + 1 < families.Count ? families[i + 1].FirstTruth : final.Count;
            var own = final.Skip(f.FirstTruth).Take(end - f.FirstTruth).ToList();
            return new FamilySummary(f.Name, f.Files, own.Count, f.Planted, own.Count(t => t.ExpectedFlags.Count > 0), f.Bytes);
        }).ToList());
    }

    /// <summary>The truths with <c>duplicate-report</c> added where the archive holds another document of the same body, year and type.</summary>
    public static IReadOnlyList<TruthDocument> WithDuplicates(IReadOnlyList<TruthDocument> truths)
    {
        ArgumentNullException.ThrowIfNull(truths);
        var duplicates = new DuplicateReportRule().Check(truths);
        return truths.Select((truth, index) => duplicates.TryGetValue(index, out var flag) && !truth.ExpectedFlags.Any(f => f.Code == flag.Code)
            ? truth with { ExpectedFlags = [.. truth.ExpectedFlags, flag.ToExpected()] }
            : truth).ToList();
    }

    // Paths differing only in case are one file on some file systems, so they count as taken.
    private static string Unique(HashSet<string> paths, string path)
    {
        var candidate = path;
        for (var n = 2; !paths.Add(candidate); n++)
        {
            var dot = candidate.LastIndexOf('.') is var d && d > candidate.LastIndexOf('/') ? d : path.Length;
            candidate = FormattableString.Invariant($"{path[..dot]} ({n}){path[dot..]}");
        }

        return candidate;
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
