namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// How a target's actual amount is rounded wherever it is shown (the target bar, a warning's message): so it never looks
/// met when it is not. 1.98 servings against a goal of 2 reads 1.9; 284.3 mg of caffeine against a limit of 200 reads 285.
/// </summary>
public static class ShownAmount
{
    public static double Rounded(double actual, TargetDirection direction, string unit, bool met)
    {
        if (met)
        {
            return actual;
        }

        var step = unit is "g" or "servings" && actual < 100 ? 10.0 : 1.0;
        return direction == TargetDirection.AtLeast ? Math.Floor(actual * step) / step : Math.Ceiling(actual * step) / step;
    }
}
