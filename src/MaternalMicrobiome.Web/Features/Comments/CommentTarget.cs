using MaternalMicrobiome.Domain.Practice;

namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>What a thread is on: a day, a plan (its week's first day) or an entry (its day).</summary>
public sealed record CommentTarget(CommentSubject Subject, DateOnly Date, int? MealPlanId = null, int? MealEntryId = null)
{
    public static CommentTarget Day(DateOnly date) => new(CommentSubject.Day, date);

    public static CommentTarget Entry(DateOnly date, int mealEntryId) => new(CommentSubject.Entry, date, MealEntryId: mealEntryId);

    public static CommentTarget Plan(DateOnly weekStart, int mealPlanId) => new(CommentSubject.Plan, weekStart, MealPlanId: mealPlanId);
}
