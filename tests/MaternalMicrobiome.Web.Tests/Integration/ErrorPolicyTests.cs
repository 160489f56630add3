using System.Net;
using System.Text.Json;
using FluentValidation.Results;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Hosting;
using MaternalMicrobiome.Web.Tests.BadInput;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The endpoints' error policy: the services' expected exceptions become ProblemDetails with their status.</summary>
public sealed class ErrorPolicyTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static TheoryData<string, int> Mappings => new()
    {
        { "validation", 400 },
        { "not found", 404 },
        { "access denied", 403 },
    };

    private static Exception Thrown(string kind) => kind switch
    {
        "validation" => new FluentValidation.ValidationException([new ValidationFailure("week", "week must be a date such as 2026-03-02 (year-month-day).")]),
        "not found" => new NotFoundException("That plan does not exist."),
        _ => new AccessDeniedException("Only an admin can do this."),
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public async Task An_expected_exception_becomes_a_problem_with_its_status_and_message(string kind, int status)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<AppExceptionHandler>(scope.ServiceProvider);

        Assert.True(await handler.TryHandleAsync(context, Thrown(kind), CancellationToken.None));

        Assert.Equal(status, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        if (kind == "validation")
        {
            Assert.Equal("week must be a date such as 2026-03-02 (year-month-day).", problem.RootElement.GetProperty("errors").GetProperty("week")[0].GetString());
        }
        else
        {
            Assert.Equal(Thrown(kind).Message, problem.RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task An_unexpected_exception_is_not_dressed_up_as_an_expected_one()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var handler = ActivatorUtilities.CreateInstance<AppExceptionHandler>(scope.ServiceProvider);

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("bug"), CancellationToken.None));
    }

    [Fact]
    public async Task Downloads_of_someone_elses_plan_or_client_are_a_404_problem()
    {
        var mother = await Given.MotherAsync(factory.Services);
        var other = await Given.MotherAsync(factory.Services);
        var nutritionist = await Given.NutritionistAsync(factory.Services);
        var planId = await Given.PlansAsAsync(factory.Services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Mine", WeekStart = Given.Today }));

        var shopping = await (await BadInputSession.SignedInBrowserAsync(factory, other)).GetAsync(new Uri(PlanEndpoints.ShoppingCsvPath(planId), UriKind.Relative));
        var report = await (await BadInputSession.SignedInBrowserAsync(factory, nutritionist)).GetAsync(new Uri(ReportEndpoints.CsvPath(mother.Id, Given.Today), UriKind.Relative));

        foreach (var response in new[] { shopping, report })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
