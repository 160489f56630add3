using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Comments;

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
        CommentSubject.Entry => $"{EntryName ?? "A deleted entry"} on {Format.Date(Date)}",
        CommentSubject.Plan => $"Meal plan for the week of {Format.Date(Date)}",
        _ => Format.Date(Date),
    };
}
