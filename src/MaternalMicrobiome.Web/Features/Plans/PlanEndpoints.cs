using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.Plans;

public static class PlanEndpoints
{
    public static string ShoppingCsvPath(int planId) => $"/plans/{planId}/shopping.csv";

    /// <summary>
    /// <c>GET /plans/{id}/shopping.csv</c>: the plan's shopping list, for the mother or her linked nutritionist, through
    /// the same service checks as the page; anyone else gets 404.
    /// </summary>
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/plans/{planId:int}/shopping.csv", async (int planId, MealPlanService plans, HttpContext context, CancellationToken cancellationToken) =>
            {
                // Another's plan throws NotFoundException: the exception handler answers 404 (AppExceptionHandler).
                var csv = await plans.ExportShoppingCsvAsync(planId, cancellationToken);
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"shopping-list-plan-{planId}.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Mother, Roles.Nutritionist))
            .AddEndpointFilter(RequestUserFilter.ShareRequestUserWithServices)
            .WithName("ExportShoppingList");
        return endpoints;
    }
}
