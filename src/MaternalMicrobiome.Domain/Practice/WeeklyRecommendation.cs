namespace MaternalMicrobiome.Domain.Practice;

/// <summary>
/// A nutritionist's recommendations for a client's report week, in her own words. One per client, nutritionist and
/// week start: only those two read it, so a nutritionist linked later does not see an earlier one's advice.
/// </summary>
public sealed class WeeklyRecommendation
{
    public int Id { get; set; }
    public required string MotherId { get; set; }
    public required string NutritionistId { get; set; }

    /// <summary>The first day of the report week it was written on.</summary>
    public DateOnly WeekStart { get; set; }

    public required string Text { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
