using MaternalMicrobiome.Domain.Practice;

namespace MaternalMicrobiome.Web.Components.Pages.Comments;

/// <summary>A thread: its first comment (whose id is the thread's), its replies in order, and what it is on.</summary>
/// <param name="EntryName">The food of the entry commented on, when it still exists.</param>
public sealed record CommentThreadView(
    int Id,
    CommentSubject Subject,
    DateOnly Date,
    int? MealPlanId,
    int? MealEntryId,
    string? EntryName,
    bool Resolved,
    IReadOnlyList<CommentView> Comments)
{
    public int UnreadCount => Comments.Count(c => c.IsUnread);

    /// <summary>What the thread is on, in words.</summary>
    public string Describe() => Subject switch
    {
        CommentSubject.Entry => $"{EntryName ?? "A deleted entry"} on {Common.Format.Date(Date)}",
        CommentSubject.Plan => $"Meal plan for the week of {Common.Format.Date(Date)}",
        _ => Common.Format.Date(Date),
    };
}
