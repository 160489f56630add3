namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>One comment as a thread shows it; unread means the other side wrote it and the viewer has not opened it yet.</summary>
public sealed record CommentView(int Id, string AuthorName, bool IsMine, string Text, DateTimeOffset CreatedAt, bool IsUnread);
