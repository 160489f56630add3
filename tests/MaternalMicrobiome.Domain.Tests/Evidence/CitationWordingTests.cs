using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Evidence;

/// <summary>Texts that cite a source say what the source says and no more (issue 11).</summary>
public sealed class CitationWordingTests
{
    [Fact]
    public void The_fermented_bounds_are_the_apps_choice_not_a_range_wastyk_studied()
    {
        var bound = TargetBounds.For(Metric.FermentedServings, TestStages.PregnantTrimester2);

        Assert.DoesNotContain("range studied", bound.Reason, StringComparison.Ordinal);
        Assert.Contains("app's own choice", bound.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LifeStageKind.Pregnant)]
    [InlineData(LifeStageKind.Breastfeeding)]
    public void The_water_target_says_efsas_numbers_are_total_water(LifeStageKind kind)
    {
        var water = DefaultTargets.For(TestStages.Of(kind)).For(Metric.BeverageWater)!;

        Assert.Contains("total water from food and drinks", water.EvidenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_synergy_mechanism_is_the_seed_articles_inference()
    {
        Assert.Contains("the seed article's inference", SynergyRule.Explanation, StringComparison.Ordinal);
        Assert.Contains("fiber arm did not raise microbiome diversity", SynergyRule.Explanation, StringComparison.Ordinal);
    }
}
