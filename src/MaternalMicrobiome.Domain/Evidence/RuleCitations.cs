using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>
/// Every reference a rule cites: each stage's targets and prenatal nutrient reference values, the pregnancy food rules, the caffeine limit and the synergy badge.
/// Read from the rules themselves, so a new rule is covered by the seed check and the Evidence page without editing either.
/// </summary>
public static class RuleCitations
{
    private static readonly DateOnly SampleDate = new(2026, 1, 1);

    /// <summary>One stage of each kind (every trimester, both feeding modes): targets and warnings differ by stage.</summary>
    public static IReadOnlyList<LifeStage> SampleStages { get; } =
    [
        LifeStage.PlanningPregnancy,
        LifeStage.Pregnant(SampleDate.AddDays(LifeStage.PregnancyDays - 70), SampleDate),
        LifeStage.Pregnant(SampleDate.AddDays(LifeStage.PregnancyDays - 140), SampleDate),
        LifeStage.Pregnant(SampleDate.AddDays(LifeStage.PregnancyDays - 230), SampleDate),
        LifeStage.Breastfeeding(SampleDate.AddDays(-30), FeedingMode.Exclusive, SampleDate),
        LifeStage.Breastfeeding(SampleDate.AddDays(-200), FeedingMode.Partial, SampleDate),
        LifeStage.PostpartumNotBreastfeeding,
    ];

    /// <summary>Each citation as (the rule that makes it, the key it cites).</summary>
    public static IEnumerable<(string Rule, string Key)> All()
    {
        foreach (var stage in SampleStages)
        {
            foreach (var target in DefaultTargets.For(stage).Targets)
            {
                foreach (var key in target.ReferenceKeys)
                {
                    yield return ($"target {target.Metric} ({stage.Kind})", key);
                }
            }

            foreach (var value in PrenatalReferenceValues.For(stage))
            {
                yield return ($"prenatal nutrient {value.Nutrient} ({stage.Kind})", value.ReferenceKey);
            }

            foreach (var key in SafetyRules.CaffeineReferenceKeys(stage))
            {
                yield return ($"caffeine warning ({stage.Kind})", key);
            }
        }

        foreach (var rule in SafetyRules.FoodRules)
        {
            yield return ($"safety rule {rule.Kind}", rule.ReferenceKey);
        }

        foreach (var key in SynergyRule.ReferenceKeys.Concat(SynergyRule.UnverifiedReferenceKeys))
        {
            yield return ("synergy badge", key);
        }
    }

    /// <summary>The distinct keys any rule cites.</summary>
    public static IReadOnlySet<string> Keys() => All().Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
}
