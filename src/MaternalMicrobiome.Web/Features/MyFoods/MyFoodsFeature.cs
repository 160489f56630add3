namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>Her own foods and recipes.</summary>
public static class MyFoodsFeature
{
    public static IServiceCollection AddMyFoodsFeature(this IServiceCollection services) => services
        .AddScoped<MyFoodsService>();
}
