using System.Globalization;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>The admin's CSV download of the shared catalog (a plain GET, so the browser saves the file).</summary>
public static class FoodAdminEndpoints
{
    public const string ExportPath = "/admin/foods/export.csv";

    /// <summary>Maps <c>GET /admin/foods/export.csv</c>, for admins only.</summary>
    public static IEndpointRouteBuilder MapFoodAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin))
            .AddEndpointFilter(RequestUserFilter.ShareRequestUserWithServices)
            .WithName("ExportFoods");
        return endpoints;
    }

    private static async Task<FileContentHttpResult> ExportAsync(FoodCsvService foods, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await foods.ExportAsync(buffer, cancellationToken);
        response.Headers.CacheControl = "no-store";
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"foods-{date}.csv");
    }
}
