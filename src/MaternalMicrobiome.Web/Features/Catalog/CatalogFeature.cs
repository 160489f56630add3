namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>Reading the catalog: food details, the catalog page's search, favourites.</summary>
public static class CatalogFeature
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services) => services
        .AddScoped<CatalogService>()
        .AddScoped<FavouritesService>();
}
