namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>
/// Who comments on whose data: the mother (with her current nutritionist, null when she has none) or a linked
/// nutritionist (<see cref="NutritionistId"/> is then her own id).
/// </summary>
internal sealed record CommentSide(string MotherId, string? NutritionistId, string UserId, bool IsNutritionist);
