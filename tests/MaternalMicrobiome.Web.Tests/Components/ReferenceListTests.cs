using Bunit;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>A reference is shown as what it is: an authored source, an undated page, or the seed article's claim (issue 11).</summary>
public sealed class ReferenceListTests : MudTestContext
{
    private static Reference Registration => new()
    {
        Key = ReferenceKeys.Ward2025, Authors = "Gardner CD (investigator listed on the registration)", Year = 2021,
        Title = "FeFiFo-MOMS", Source = "ClinicalTrials.gov NCT05123612", Url = "https://clinicaltrials.gov/study/NCT05123612",
        Status = EvidenceStatus.Unverified, StudyType = "trial registration", Finding = "No results yet.",
        ArticleCitation = "Ward CP et al. (2025), Maternal & Child Nutrition (in press)",
    };

    private static Reference UndatedPage => new()
    {
        Key = ReferenceKeys.CdcAlcoholPregnancy, Authors = "CDC", Year = 0, Title = "Alcohol and Pregnancy", Source = "CDC",
        Url = "https://www.cdc.gov/features/alcoholandpregnancy/", Status = EvidenceStatus.Guideline, StudyType = "agency advice",
        Finding = "No known safe amount.",
    };

    [Fact]
    public void A_source_known_only_from_the_seed_article_opens_with_the_articles_claim_not_as_an_authored_source()
    {
        var cut = Render<ReferenceList>(p => p
            .Add(x => x.Keys, [ReferenceKeys.Ward2025])
            .Add(x => x.References, new Dictionary<string, Reference> { [ReferenceKeys.Ward2025] = Registration })
            .Add(x => x.ShowFindings, true));

        var lead = cut.Find("[data-testid=reference-lead]").TextContent;
        Assert.StartsWith("Cited by the article as: Ward CP et al. (2025), Maternal & Child Nutrition (in press).", lead, StringComparison.Ordinal);
        Assert.Contains("Gardner CD (investigator listed on the registration) (2021)", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("As the seed article cited it", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_known_date_shows_nd_not_a_year()
    {
        var cut = Render<ReferenceList>(p => p
            .Add(x => x.Keys, [ReferenceKeys.CdcAlcoholPregnancy])
            .Add(x => x.References, new Dictionary<string, Reference> { [ReferenceKeys.CdcAlcoholPregnancy] = UndatedPage }));

        Assert.Equal("CDC (n.d.).", cut.Find("[data-testid=reference-lead]").TextContent.Trim());
    }

    [Fact]
    public void A_numbered_list_opens_each_reference_with_its_number_and_an_unnumbered_one_does_not()
    {
        var references = new Dictionary<string, Reference> { [ReferenceKeys.Ward2025] = Registration, [ReferenceKeys.CdcAlcoholPregnancy] = UndatedPage };

        var numbered = Render<ReferenceList>(p => p
            .Add(x => x.Keys, [ReferenceKeys.CdcAlcoholPregnancy, ReferenceKeys.Ward2025])
            .Add(x => x.References, references)
            .Add(x => x.Numbered, true));
        var plain = Render<ReferenceList>(p => p.Add(x => x.Keys, [ReferenceKeys.CdcAlcoholPregnancy]).Add(x => x.References, references));

        Assert.Equal(["[1]", "[2]"], numbered.FindAll("[data-testid=reference-number]").Select(n => n.TextContent.Trim()));
        Assert.Equal("[1]", numbered.Find($"[data-key={ReferenceKeys.CdcAlcoholPregnancy}] [data-testid=reference-number]").TextContent.Trim());
        Assert.Empty(plain.FindAll("[data-testid=reference-number]"));
    }
}
