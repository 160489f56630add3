namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>"Feed the farmers and plant the crops": a day that meets both the fiber and the fermented-food targets.</summary>
public static class SynergyRule
{
    public const string Title = "Fiber + fermented synergy";

    public const string Explanation =
        "You met both the fiber and the fermented-food targets today. That fiber feeds the microbes that live cultures "
        + "bring in is the seed article's inference, not a tested finding: Wastyk 2021 tested each diet separately in "
        + "non-pregnant adults, and its fiber arm did not raise microbiome diversity. The combined effect in pregnancy is "
        + "what the FeFiFo-MOMS trial studies, and it has no published results yet.";

    public static IReadOnlyList<string> ReferenceKeys { get; } = [Evidence.ReferenceKeys.Wastyk2021];

    /// <summary>Cited by the seed article for this idea, but no such paper could be found.</summary>
    public static IReadOnlyList<string> UnverifiedReferenceKeys { get; } = [Evidence.ReferenceKeys.Ward2025];

    public static bool IsEarned(IEnumerable<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var (fiber, fermented) = (false, false);
        foreach (var result in results.Where(r => r.Met))
        {
            fiber |= result.Metric == Metric.Fiber;
            fermented |= result.Metric == Metric.FermentedServings;
        }

        return fiber && fermented;
    }
}
