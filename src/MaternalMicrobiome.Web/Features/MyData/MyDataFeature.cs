namespace MaternalMicrobiome.Web.Features.MyData;

/// <summary>Her data as files (export).</summary>
public static class MyDataFeature
{
    public static IServiceCollection AddMyDataFeature(this IServiceCollection services) => services
        .AddScoped<MyDataService>();
}
