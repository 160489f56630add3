using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Nutrients;

public sealed class PrenatalReferenceValuesTests
{
    private const ReferenceValueKind Rda = ReferenceValueKind.RecommendedDietaryAllowance;
    private const ReferenceValueKind Ai = ReferenceValueKind.AdequateIntake;

    [Theory]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.FolateDfe, 600, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.Iron, 27, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.Iodine, 220, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.Choline, 450, Ai, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.DhaEpa, 350, Ai, ReferenceKeys.EfsaFats)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.VitaminD, 15, Rda, ReferenceKeys.IomCalciumVitaminD)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.VitaminB12, 2.6, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.Calcium, 1000, Rda, ReferenceKeys.IomCalciumVitaminD)]
    [InlineData(LifeStageKind.Pregnant, PrenatalNutrient.Protein, 71, Rda, ReferenceKeys.IomMacronutrients)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.FolateDfe, 500, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.Iron, 9, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.Iodine, 290, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.Choline, 550, Ai, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.DhaEpa, 350, Ai, ReferenceKeys.EfsaFats)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.VitaminB12, 2.8, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.Breastfeeding, PrenatalNutrient.Protein, 71, Rda, ReferenceKeys.IomMacronutrients)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.FolateDfe, 400, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.Iron, 18, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.Iodine, 150, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.Choline, 425, Ai, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.DhaEpa, 250, Ai, ReferenceKeys.EfsaFats)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.VitaminB12, 2.4, Rda, ReferenceKeys.IomBVitaminsCholine)]
    [InlineData(LifeStageKind.PlanningPregnancy, PrenatalNutrient.Protein, 46, Rda, ReferenceKeys.IomMacronutrients)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding, PrenatalNutrient.Iron, 18, Rda, ReferenceKeys.IomMicronutrients)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding, PrenatalNutrient.Calcium, 1000, Rda, ReferenceKeys.IomCalciumVitaminD)]
    public void Each_stage_has_the_cited_value_and_kind(LifeStageKind stage, PrenatalNutrient nutrient, double amount, ReferenceValueKind kind, string key)
    {
        var value = PrenatalReferenceValues.For(TestStages.Of(stage), nutrient);

        Assert.Equal((amount, kind, key), (value.Amount, value.Kind, value.ReferenceKey));
        Assert.Equal(PrenatalNutrients.Unit(nutrient), value.Unit);
    }

    [Fact]
    public void Every_stage_has_all_nine_nutrients_in_display_order()
    {
        Assert.All(RuleCitations.SampleStages, stage => Assert.Equal(PrenatalNutrients.All, PrenatalReferenceValues.For(stage).Select(v => v.Nutrient)));
    }

    [Fact]
    public void Only_EPA_and_DHA_is_not_an_IOM_value_and_it_says_so()
    {
        var values = RuleCitations.SampleStages.SelectMany(PrenatalReferenceValues.For).ToList();

        Assert.All(values.Where(v => v.Nutrient != PrenatalNutrient.DhaEpa), v => Assert.Equal("IOM", v.Authority));
        Assert.All(values.Where(v => v.Nutrient == PrenatalNutrient.DhaEpa), v =>
        {
            Assert.Equal("EFSA", v.Authority);
            Assert.StartsWith("Not an IOM value", v.Note, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Partial_and_exclusive_breastfeeding_and_every_trimester_share_their_stages_values()
    {
        var partial = LifeStage.Breastfeeding(TestStages.Today.AddDays(-200), FeedingMode.Partial, TestStages.Today);
        var firstTrimester = LifeStage.Pregnant(TestStages.DueDateForWeek(6, TestStages.Today), TestStages.Today);
        var thirdTrimester = LifeStage.Pregnant(TestStages.DueDateForWeek(35, TestStages.Today), TestStages.Today);

        Assert.Equal(PrenatalReferenceValues.For(TestStages.Breastfeeding), PrenatalReferenceValues.For(partial));
        Assert.Equal(PrenatalReferenceValues.For(firstTrimester), PrenatalReferenceValues.For(thirdTrimester));
        Assert.Equal(PrenatalReferenceValues.Women, PrenatalReferenceValues.For(TestStages.Postpartum)[0].PopulationGroup);
    }

    [Fact]
    public void Every_prenatal_citation_is_among_the_rule_citations()
    {
        var cited = RuleCitations.Keys();

        Assert.All(PrenatalReferenceValues.ReferenceKeys, key => Assert.Contains(key, cited));
        Assert.Contains(RuleCitations.All(), c => c.Rule == "prenatal nutrient DhaEpa (Breastfeeding)" && c.Key == ReferenceKeys.EfsaFats);
    }
}
