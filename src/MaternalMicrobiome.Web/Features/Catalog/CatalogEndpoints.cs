using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>JSON endpoints for integrations. They run the same services as the pages.</summary>
public static class CatalogEndpoints
{
    public const int MaxSearchLength = 100;

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").AddEndpointFilter(RequestUserFilter.ShareRequestUserWithServices);
        api.MapGet("/foods", SearchFoodsAsync).WithName("SearchFoods");
        return endpoints;
    }

    /// <summary><c>GET /api/foods?search=lentils&amp;take=20</c>: the catalog search a mother sees while logging.</summary>
    private static async Task<Results<Ok<List<FoodSearchResult>>, ValidationProblem>> SearchFoodsAsync(
        string? search, string? take, FoodSearchService foods, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(search))
        {
            errors["search"] = ["Give the text to search for, for example ?search=lentils."];
        }
        else if (search.Length > MaxSearchLength)
        {
            errors["search"] = [$"The search text must be at most {MaxSearchLength} characters."];
        }

        var count = 20;
        if (take is not null && (!int.TryParse(take, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1 || count > FoodSearchService.MaxTake))
        {
            errors["take"] = [$"take must be a whole number from 1 to {FoodSearchService.MaxTake}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var hits = await foods.SearchAsync(search, count, cancellationToken);
        return TypedResults.Ok(hits.Select(f => new FoodSearchResult(f.Id, f.Name, f.FoodGroup)).ToList());
    }
}
