namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>The threads on one subject, and whether the viewer may start or answer one (and why not).</summary>
public sealed record CommentThreadsView(bool CanComment, string? CannotCommentReason, IReadOnlyList<CommentThreadView> Threads);
