using MaternalMicrobiome.Domain.Practice;

namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>One conversation with unread client comments, as the nutritionist's inbox lists it.</summary>
/// <param name="Link">Where the conversation lives: the client's day, or the plan.</param>
public sealed record InboxItem(
    int ThreadId,
    string ClientId,
    string ClientName,
    string About,
    CommentSubject Subject,
    string Link,
    int UnreadCount,
    string LatestText,
    DateTimeOffset LatestAt);
