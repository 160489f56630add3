namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>Comments between a mother and her nutritionist on a day, a meal or a plan.</summary>
public static class CommentsFeature
{
    public static IServiceCollection AddCommentsFeature(this IServiceCollection services) => services
        .AddScoped<CommentService>();
}
