using System.Reflection;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix is complete by construction: every public method of every service, every @page route and
/// every mapped endpoint has a row in <see cref="ServicePolicy"/> or <see cref="HttpPolicy"/>, or is listed in
/// <see cref="PolicyExemptions"/> with the reason it needs none. A new service method, page or endpoint without one
/// fails here.
/// </summary>
public sealed partial class PolicyCompletenessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Every_public_service_method_has_a_row()
    {
        var covered = ServicePolicy.Rows.Select(r => OperationOf(r.Name)).ToHashSet(StringComparer.Ordinal);

        var operations = ServiceOperations().ToList();
        var missing = operations
            .Where(op => !covered.Contains(op) && !PolicyExemptions.ServiceOperations.ContainsKey(op))
            .ToList();

        Assert.True(operations.Count > 80, $"{operations.Count} service methods found");
        Assert.True(missing.Count == 0, "Service methods with no row in ServicePolicy: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_row_and_exemption_names_a_service_method_that_exists()
    {
        var operations = ServiceOperations().ToHashSet(StringComparer.Ordinal);

        var stale = ServicePolicy.Rows.Select(r => OperationOf(r.Name)).Concat(PolicyExemptions.ServiceOperations.Keys)
            .Where(op => !operations.Contains(op))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(stale.Count == 0, "Rows or exemptions for methods that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_page_route_has_a_row()
    {
        var covered = HttpPolicy.Rows.Select(r => Normalized(r.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var routes = Web.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(a => a.Template))
            .ToList();
        var missing = routes
            .Where(route => !covered.Contains(Normalized(route)) && !PolicyExemptions.Routes.ContainsKey(route))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(routes.Count > 30, $"{routes.Count} routes found");
        Assert.True(missing.Count == 0, "@page routes with no row in HttpPolicy: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_mapped_endpoint_has_a_row()
    {
        using var client = factory.CreateClient(); // builds the app, so its endpoints are mapped
        var covered = HttpPolicy.Rows.Select(r => Normalized(r.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null) // pages: checked above
            .Where(e => !IsFramework(e.RoutePattern.RawText ?? string.Empty))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var missing = endpoints
            .Where(e => !covered.Contains(Normalized(e)) && !PolicyExemptions.Endpoints.ContainsKey(e))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(endpoints.Count > 5, $"{endpoints.Count} endpoints found");
        Assert.True(missing.Count == 0, "Endpoints with no row in HttpPolicy nor an exemption: " + string.Join(", ", missing));
    }

    /// <summary>The framework's own routes: Blazor's hub and scripts, static files, health.</summary>
    private static bool IsFramework(string pattern) =>
        pattern.TrimStart('/').StartsWith('_')
        || (pattern.Contains("{**", StringComparison.Ordinal) && !pattern.StartsWith("api", StringComparison.Ordinal))
        || StaticFile().IsMatch(pattern);

    private static IEnumerable<string> ServiceOperations() =>
        Web.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && !t.IsAbstract && t.Name.EndsWith("Service", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Select(m => $"{t.Name}.{m.Name}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>"MealLogService.GetDayAsync(her day)" → "MealLogService.GetDayAsync".</summary>
    private static string OperationOf(string rowName)
    {
        var paren = rowName.IndexOf('(', StringComparison.Ordinal);
        return (paren < 0 ? rowName : rowName[..paren]).Trim();
    }

    /// <summary>Routes and row names compared by shape: "/plans/{PlanId:int}" and "/plans/{her plan}" are "/plans/{}".</summary>
    private static string Normalized(string route)
    {
        var path = route.Split('?')[0].Trim();
        path = Placeholder().Replace(path, "{}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(css|js|map|ico|png|svg|woff2?|ttf|json|txt|html|webmanifest)(\.gz|\.br)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StaticFile();
}
