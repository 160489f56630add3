using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.MyData;

public static class MyDataEndpoints
{
    public const string JsonPath = "/my-data/export.json";
    public const string CsvPath = "/my-data/entries.csv";

    /// <summary>Downloads of her own data, for the signed-in mother only.</summary>
    public static IEndpointRouteBuilder MapMyDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Mother))
            .AddEndpointFilter(RequestUserFilter.ShareRequestUserWithServices);
        group.MapGet(JsonPath, async (MyDataService data, HttpContext context, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(await data.ExportJsonAsync(cancellationToken)), "application/json; charset=utf-8", "nourishing-two-my-data.json");
        });
        group.MapGet(CsvPath, async (MyDataService data, HttpContext context, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(await data.ExportEntriesCsvAsync(cancellationToken)), "text/csv; charset=utf-8", "nourishing-two-entries.csv");
        });
        return endpoints;
    }
}
