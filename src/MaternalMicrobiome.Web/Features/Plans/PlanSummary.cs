using MaternalMicrobiome.Domain.Planning;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One plan in a list: its week, title, author, status and the planned score of each of its 7 days.</summary>
public sealed record PlanSummary(int Id, string Title, DateOnly WeekStart, string AuthorName, MealPlanStatus Status, int EntryCount, IReadOnlyList<int> DayScores);
