namespace MaternalMicrobiome.Domain.Planning;

/// <summary>Which week a new plan is most likely for.</summary>
public static class PlanWeek
{
    /// <summary>The Monday after <paramref name="today"/> (a week on when today is a Monday).</summary>
    public static DateOnly NextMonday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }
}
