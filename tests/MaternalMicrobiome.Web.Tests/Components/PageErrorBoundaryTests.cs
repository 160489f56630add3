using Bunit;
using FluentValidation.Results;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Layout;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class PageErrorBoundaryTests : MudTestContext
{
    private IRenderedComponent<PageErrorBoundary> RenderThrowing(Func<Exception?> next) =>
        Render<PageErrorBoundary>(p => p.AddChildContent<ThrowingPage>(c => c.Add(x => x.Next, next)));

    [Fact]
    public void An_expected_condition_shows_its_own_message_not_something_went_wrong()
    {
        var cut = RenderThrowing(() => new NotFoundException("That plan does not exist."));

        Assert.Equal("That plan does not exist.", cut.Find("[data-testid=page-error-message]").TextContent.Trim());
        Assert.Contains("Not found", cut.Find("[data-testid=page-error] h1").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(cut.FindAll("[data-testid=page-content]"));
    }

    [Fact]
    public void A_validation_failure_names_the_field_in_its_message()
    {
        var cut = RenderThrowing(() => new FluentValidation.ValidationException([new ValidationFailure("week", "week must be a date such as 2026-03-02 (year-month-day).")]));

        Assert.Equal("week must be a date such as 2026-03-02 (year-month-day).", cut.Find("[data-testid=page-error-message]").TextContent.Trim());
    }

    [Fact]
    public void An_unexpected_error_shows_a_friendly_message_without_its_details_and_try_again_brings_the_page_back()
    {
        var failures = 1;
        var cut = RenderThrowing(() => failures-- > 0 ? new InvalidOperationException("Sequence contains no elements (internal detail)") : null);

        Assert.Contains("Nothing you saved before this was lost", cut.Find("[data-testid=page-error-message]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("internal detail", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid=page-error-retry]").Click();

        Assert.Equal("Page content", cut.Find("[data-testid=page-content]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=page-error]"));
    }
}
