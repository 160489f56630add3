namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>A new comment or a reply: only its text; what it is on and who writes it come from the service.</summary>
public sealed class CommentRequest
{
    public string Text { get; set; } = string.Empty;
}
