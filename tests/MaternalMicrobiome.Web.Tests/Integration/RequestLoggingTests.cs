using System.Net;
using MaternalMicrobiome.Web.Features.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The request log says the status the client got: a service's NotFoundException or AccessDeniedException, answered
/// 404 or 403 by the exception handler, is not logged as the 500 it would be while still an exception.
/// </summary>
public sealed class RequestLoggingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private readonly CapturedLog log = new();

    private WebApplicationFactory<Program> App() => factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
    {
        services.AddSingleton<ILogEventSink>(log);
        services.AddTransient<IStartupFilter, ThrowingRouteStartupFilter>();
    }));

    [Fact]
    public async Task Another_mothers_plan_is_logged_as_the_404_she_got_with_the_path_only()
    {
        await using var app = App();
        var owner = await Given.MotherAsync(app.Services);
        var other = await Given.MotherAsync(app.Services);
        var planId = await Given.PlansAsAsync(app.Services, owner, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Mine", WeekStart = Given.Today }));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = other.Email!, ["Input.Password"] = Given.Password })).StatusCode);

        var path = PlanEndpoints.ShoppingCsvPath(planId);
        var response = await browser.GetAsync(new Uri($"{path}?note=folic-acid-missed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var logged = await log.RequestAsync(path);
        Assert.Equal(404, StatusCode(logged));
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Null(logged.Exception);
        Assert.DoesNotContain("folic-acid", logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_access_denied_answered_403_is_logged_as_403()
    {
        await using var app = App();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.GetAsync(new Uri(ThrowingRouteStartupFilter.ForbiddenPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var logged = await log.RequestAsync(ThrowingRouteStartupFilter.ForbiddenPath);
        Assert.Equal(403, StatusCode(logged));
        Assert.Equal(LogEventLevel.Information, logged.Level);
    }

    [Fact]
    public async Task An_unknown_page_is_logged_once_as_404_not_again_for_the_not_found_page_it_shows()
    {
        await using var app = App();

        var response = await app.CreateClient().GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, StatusCode(await log.RequestAsync("/no/such/page")));
        Assert.DoesNotContain(log.Events, e => e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: "/not-found" });
    }

    private static int StatusCode(LogEvent logged) => (int)((ScalarValue)logged.Properties["StatusCode"]).Value!;
}
