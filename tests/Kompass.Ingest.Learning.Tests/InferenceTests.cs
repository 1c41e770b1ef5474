using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Inference;

namespace Kompass.Ingest.Learning.Tests;

public sealed class InferenceTests
{
    private static readonly Provenance Source = new(3, null, "item", "test");

    private static ReportExtraction Report(int area, string item) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Framework = FrameworkRevision.Rev2010,
        Areas = [new AreaExtraction { Number = area, Strengths = [new Sourced<string>(item, Source)] }],
    };

    [Fact]
    public void PlacementValidator_ItemOfAnotherArea_RaisesOneInfoFlag()
    {
        var sut = new PlacementValidator(new NoRules(), ShippedModels.Models.Placement!, LearningOptions.Default);

        var flags = sut.Validate(Report(6, "Medborgarpaneler och e-förslag används inför viktiga beslut i fullmäktige"));

        var flag = Assert.Single(flags);
        Assert.Equal((FlagCodes.FindingMisplaced, FlagSeverity.Info, (int?)6), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal([Source], flag.Evidence);
    }

    [Fact]
    public void PlacementValidator_ItemOfItsOwnArea_RaisesNothing()
    {
        var sut = new PlacementValidator(new NoRules(), ShippedModels.Models.Placement!, LearningOptions.Default);

        Assert.Empty(sut.Validate(Report(1, "Medborgarpaneler och e-förslag används inför viktiga beslut i fullmäktige")));
    }

    [Fact]
    public void PlacementValidator_RulesFlaggedTheArea_NoSecondFlag()
    {
        var rule = new Flag(FlagCodes.FindingMisplaced, FlagSeverity.Info, 6, null, "by the rule", []);
        var sut = new PlacementValidator(new FixedRules(rule), ShippedModels.Models.Placement!, LearningOptions.Default);

        Assert.Equal([rule], sut.Validate(Report(6, "Medborgarpaneler och e-förslag används inför viktiga beslut i fullmäktige")));
    }

    [Fact]
    public void SecondOpinion_ModelReadsAnotherType_AddsANoteAndKeepsTheRulesType()
    {
        var sut = new DocumentTypeSecondOpinion(ShippedModels.Models.DocumentTypes!, LearningOptions.Default with { TypeNoteMinProbability = 0 });
        var extraction = new ReportExtraction { Type = DocumentType.RelatedDocument, PageCount = 16, LeadText = "KommunKompassen\nAnalys av Exempels kommun\nTabell 1\nOffentlighet och demokrati 65 52\nTOTALT 568 482\n" };

        var reviewed = sut.Review(extraction);

        var predicted = ShippedModels.Models.DocumentTypes!.Predict(extraction.LeadText, 16)!.Value.Type;
        Assert.Equal(DocumentType.RelatedDocument, reviewed.Type);
        if (predicted == DocumentType.RelatedDocument)
        {
            Assert.Empty(reviewed.Warnings);
        }
        else
        {
            Assert.StartsWith(DocumentTypeSecondOpinion.NotePrefix, Assert.Single(reviewed.Warnings), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SecondOpinion_NoLeadText_NoNote()
    {
        var sut = new DocumentTypeSecondOpinion(ShippedModels.Models.DocumentTypes!, LearningOptions.Default with { TypeNoteMinProbability = 0 });

        Assert.Empty(sut.Review(new ReportExtraction { Type = DocumentType.RelatedDocument }).Warnings);
    }

    private sealed class NoRules : IDocumentValidator
    {
        public IReadOnlyList<Flag> Validate(ReportExtraction extraction) => [];
    }

    private sealed class FixedRules(Flag flag) : IDocumentValidator
    {
        public IReadOnlyList<Flag> Validate(ReportExtraction extraction) => [flag];
    }
}
