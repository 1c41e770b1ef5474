using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// Draws who a family's next report is about, never the same body and year twice within the
/// family (a duplicate is planted on purpose, not by chance). Regions exclude Gotland, whose
/// region is the municipality.
/// </summary>
public sealed class ReportSubjectPicker(ReportProfile profile, CorpusContext context, Random random)
{
    private const string GotlandCounty = "09";
    private readonly HashSet<(string Code, int Year)> _used = [];
    private readonly IReadOnlyList<OfficialMunicipality> _municipalities = context.Municipalities.Where(MunicipalityNames.IsDrawable).ToList();
    private readonly IReadOnlyList<OfficialCounty> _counties = context.Counties.Where(c => c.Code != GotlandCounty).ToList();

    /// <summary>The next subject.</summary>
    public ReportSubject Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var year = random.Between(profile.FirstYear, profile.LastYear);
            var subject = profile.IsRegion
                ? new ReportSubject(null, random.Pick(_counties), year)
                : new ReportSubject(random.Pick(_municipalities), null, year);
            var code = subject.Municipality?.Code ?? subject.County!.Code;
            // After many collisions (a tiny list, a huge count) repeats are allowed rather than looping forever.
            if (_used.Add((code, year)) || attempt > 200)
            {
                return subject;
            }
        }
    }
}
