using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Evidence;

/// <summary>A target's grade says what kind of evidence sets its number, and no more (issue 11).</summary>
public sealed class EvidenceGradeTests
{
    [Fact]
    public void The_fermented_target_is_the_apps_own_choice_not_a_tested_dose()
    {
        // Wastyk 2021 ramped non-pregnant adults toward 6 servings a day; no trial tested 2.
        var fermented = DefaultTargets.For(TestStages.PregnantTrimester2).For(Metric.FermentedServings)!;

        Assert.Equal(EvidenceGrade.AppChoice, fermented.Grade);
        Assert.Contains("the app's own choice", fermented.EvidenceNote, StringComparison.Ordinal);
        Assert.Equal("the app's own choice", EvidenceGrades.Describe(fermented.Grade));
    }

    [Fact]
    public void Stored_grade_numbers_keep_their_meaning()
    {
        Assert.Equal(
            [(0, "guideline"), (1, "trial"), (2, "observational"), (3, "heuristic"), (4, "the app's own choice")],
            Enum.GetValues<EvidenceGrade>().Select(g => ((int)g, EvidenceGrades.Describe(g))));
    }
}
