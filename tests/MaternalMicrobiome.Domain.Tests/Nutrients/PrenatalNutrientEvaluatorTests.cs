using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.PrenatalTestFoods;

namespace MaternalMicrobiome.Domain.Tests.Nutrients;

/// <summary>Worked days from real USDA numbers (seeds/usda-prenatal-nutrients.csv), checked by hand.</summary>
public sealed class PrenatalNutrientEvaluatorTests
{
    private const int Precision = 9;
    private static readonly DateOnly Monday = new(2025, 6, 9);

    /// <summary>200 g lentils, 150 g sockeye salmon, 250 g whole milk, 100 g egg, 60 g raw spinach.</summary>
    private static EatenFood[] SalmonDay =>
        [Lentils.Eat(200), SockeyeSalmon.Eat(150), WholeMilk.Eat(250), Egg.Eat(100), Spinach.Eat(60)];

    private static NutrientDayResult Result(IReadOnlyList<NutrientDayResult> day, PrenatalNutrient nutrient) => day.Single(r => r.Nutrient == nutrient);

    [Fact]
    public void A_pregnant_day_totals_each_nutrient_from_the_real_foods_and_flags_what_it_misses()
    {
        var day = PrenatalNutrientEvaluator.EvaluateDay(SalmonDay, TestStages.PregnantTrimester2);

        Assert.Equal(PrenatalNutrients.All, day.Select(r => r.Nutrient));
        // Folate 362 + 10.5 + 12.5 + 47 + 116.4 = 548.4 µg DFE, below the 600 µg RDA.
        AssertResult(Result(day, PrenatalNutrient.FolateDfe), 548.4, NutrientStatus.Below, 600);
        // Iron 6.66 + 0.78 + 0.075 + 1.75 + 1.626 = 10.891 mg of the 27 mg RDA.
        AssertResult(Result(day, PrenatalNutrient.Iron), 10.891, NutrientStatus.Below, 27);
        // Choline 65.4 + 168.9 + 35.75 + 293.8 + 11.58 = 575.43 mg, over the 450 mg AI.
        AssertResult(Result(day, PrenatalNutrient.Choline), 575.43, NutrientStatus.Met, 450);
        // DHA+EPA: salmon (0.560 + 0.299) g × 1.5 = 1,288.5 mg, egg 58 mg.
        AssertResult(Result(day, PrenatalNutrient.DhaEpa), 1346.5, NutrientStatus.Met, 350);
        // Vitamin D 25.05 + 3.25 + 2.0 = 30.3 µg; B12 6.705 + 1.125 + 0.89 = 8.72 µg.
        AssertResult(Result(day, PrenatalNutrient.VitaminD), 30.3, NutrientStatus.Met, 15);
        AssertResult(Result(day, PrenatalNutrient.VitaminB12), 8.72, NutrientStatus.Met, 2.6);
        // Calcium 38 + 16.5 + 282.5 + 56 + 59.4 = 452.4 mg of 1,000 mg.
        AssertResult(Result(day, PrenatalNutrient.Calcium), 452.4, NutrientStatus.Below, 1000);
        // Protein 18.04 + 39.72 + 7.875 + 12.56 + 1.716 = 79.911 g over the 71 g RDA.
        AssertResult(Result(day, PrenatalNutrient.Protein), 79.911, NutrientStatus.Met, 71);
        Assert.All(day.Where(r => r.Nutrient != PrenatalNutrient.Iodine), r => Assert.False(r.IsAtLeast));
    }

    [Fact]
    public void Iodine_is_unknown_not_zero_when_no_eaten_food_has_a_value()
    {
        var iodine = Result(PrenatalNutrientEvaluator.EvaluateDay(SalmonDay, TestStages.PregnantTrimester2), PrenatalNutrient.Iodine);

        Assert.Equal(NutrientStatus.Unknown, iodine.Status);
        Assert.Equal(5, iodine.FoodsWithoutValue);
        Assert.Null(iodine.FractionOfReference);
        Assert.Null(iodine.Shortfall);
        Assert.Equal(220, iodine.Reference.Amount);
    }

    [Fact]
    public void A_food_without_a_value_makes_the_total_at_least_what_the_other_foods_give()
    {
        // Raw Atlantic salmon has no choline or vitamin D in SR28.
        EatenFood[] foods = [AtlanticSalmonRaw.Eat(150), Egg.Eat(50)];

        var day = PrenatalNutrientEvaluator.EvaluateDay(foods, TestStages.PregnantTrimester2);

        var choline = Result(day, PrenatalNutrient.Choline);
        Assert.Equal(146.9, choline.KnownTotal, Precision);
        Assert.Equal((2, 1, true), (choline.FoodsEaten, choline.FoodsWithoutValue, choline.IsAtLeast));
        Assert.Equal(NutrientStatus.Below, choline.Status);
        Assert.Equal(450 - 146.9, choline.Shortfall!.Value, Precision);
        var dhaEpa = Result(day, PrenatalNutrient.DhaEpa);
        Assert.Equal(2154 + 29, dhaEpa.KnownTotal, Precision);
        Assert.False(dhaEpa.IsAtLeast);
    }

    [Fact]
    public void Only_unknown_foods_leave_the_nutrient_unknown_even_where_a_known_food_would_have_met_it()
    {
        var vitaminD = Result(PrenatalNutrientEvaluator.EvaluateDay([AtlanticSalmonRaw.Eat(500)], TestStages.PregnantTrimester2), PrenatalNutrient.VitaminD);

        Assert.Equal(NutrientStatus.Unknown, vitaminD.Status);
        Assert.Equal(0, vitaminD.KnownTotal);
    }

    [Fact]
    public void A_known_zero_is_below_not_unknown()
    {
        var dhaEpa = Result(PrenatalNutrientEvaluator.EvaluateDay([Lentils.Eat(200)], TestStages.Breastfeeding), PrenatalNutrient.DhaEpa);

        Assert.Equal(NutrientStatus.Below, dhaEpa.Status);
        Assert.Equal(0, dhaEpa.FractionOfReference);
    }

    [Fact]
    public void An_unknown_half_of_DHA_or_EPA_makes_the_sum_unknown()
    {
        Assert.Null(PrenatalNutrientValues.DhaPlusEpaMg(null, 0.005));
        Assert.Null(PrenatalNutrientValues.DhaPlusEpaMg(0.45, null));
        Assert.Equal(859, PrenatalNutrientValues.DhaPlusEpaMg(0.560, 0.299)!.Value, Precision);
    }

    [Fact]
    public void The_same_day_is_judged_against_the_stages_own_values()
    {
        // Liver carries a vitamin A warning in pregnancy (Safety); here only its nutrient numbers matter.
        EatenFood[] liver = [BeefLiver.Eat(100), Lentils.Eat(250)];

        var pregnant = PrenatalNutrientEvaluator.EvaluateDay(liver, TestStages.PregnantTrimester2);
        var breastfeeding = PrenatalNutrientEvaluator.EvaluateDay(liver, TestStages.Breastfeeding);
        var planning = PrenatalNutrientEvaluator.EvaluateDay(liver, TestStages.Planning);

        // Folate 290 + 452.5 = 742.5 µg DFE: meets 600 (pregnancy), 500 (lactation) and 400 (women).
        Assert.All([pregnant, breastfeeding, planning], d => Assert.Equal(NutrientStatus.Met, Result(d, PrenatalNutrient.FolateDfe).Status));
        // Iron 4.9 + 8.325 = 13.225 mg: below 27 in pregnancy and 18 for women, over 9 in lactation.
        Assert.Equal(NutrientStatus.Below, Result(pregnant, PrenatalNutrient.Iron).Status);
        Assert.Equal(NutrientStatus.Met, Result(breastfeeding, PrenatalNutrient.Iron).Status);
        Assert.Equal(NutrientStatus.Below, Result(planning, PrenatalNutrient.Iron).Status);
    }

    [Fact]
    public void The_week_averages_over_logged_days_only()
    {
        PrenatalDay[] week =
        [
            new(Monday, SalmonDay),
            new(Monday.AddDays(1), []),
            new(Monday.AddDays(3), [Lentils.Eat(200)]),
        ];

        var averages = PrenatalNutrientEvaluator.WeekAverages(week, TestStages.PregnantTrimester2);

        var folate = averages.Single(a => a.Nutrient == PrenatalNutrient.FolateDfe);
        // (548.4 + 362) / 2 logged days = 455.2, not / 3 or / 7.
        Assert.Equal(455.2, folate.AverageKnownTotal!.Value, Precision);
        Assert.Equal(2, folate.LoggedDays);
        Assert.Equal(NutrientStatus.Below, folate.Status);
        var choline = averages.Single(a => a.Nutrient == PrenatalNutrient.Choline);
        Assert.Equal((575.43 + 65.4) / 2, choline.AverageKnownTotal!.Value, Precision);
        var iodine = averages.Single(a => a.Nutrient == PrenatalNutrient.Iodine);
        Assert.Equal((NutrientStatus.Unknown, (double?)null, 2), (iodine.Status, iodine.AverageKnownTotal, iodine.DaysWithUnknownFoods));
    }

    [Fact]
    public void A_week_with_no_log_is_unknown_for_every_nutrient()
    {
        var averages = PrenatalNutrientEvaluator.WeekAverages([new PrenatalDay(Monday, [])], TestStages.Postpartum);

        Assert.All(averages, a => Assert.Equal((NutrientStatus.Unknown, 0), (a.Status, a.LoggedDays)));
    }

    [Fact]
    public void Negative_grams_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrenatalNutrientEvaluator.EvaluateDay([Egg.Eat(-1)], TestStages.Planning));
    }

    private static void AssertResult(NutrientDayResult result, double knownTotal, NutrientStatus status, double reference)
    {
        Assert.Equal(knownTotal, result.KnownTotal, Precision);
        Assert.Equal(status, result.Status);
        Assert.Equal(reference, result.Reference.Amount);
        Assert.Equal(0, result.FoodsWithoutValue);
    }
}
