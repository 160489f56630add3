namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>Comments between a mother and her nutritionist on a day, a meal or a plan; the nutritionist's inbox.</summary>
public static class CommentsFeature
{
    public static IServiceCollection AddCommentsFeature(this IServiceCollection services) => services
        .AddSingleton<CommentEvents>()
        .AddScoped<CommentService>();
}
