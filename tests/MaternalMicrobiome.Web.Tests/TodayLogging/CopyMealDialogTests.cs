using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.TodayLogging;

/// <summary>The dialog against the real meal log: the services come from a scope signed in as a mother, as in a circuit.</summary>
public sealed class CopyMealDialogTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    private async Task<(MealLogService Log, AsyncServiceScope Scope)> MotherWithYesterdayAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        await log.AddQuickDrinkAsync(Today.AddDays(-1), "usda-14411");
        await log.AddQuickDrinkAsync(Today.AddDays(-1), "usda-01289");
        var water = await log.AddQuickDrinkAsync(Today.AddDays(-1), "usda-14411");
        var withBreakfast = await log.GetEntryAsync(water);
        withBreakfast.Slot = MealSlot.Breakfast;
        await log.UpdateAsync(water, withBreakfast);
        return (log, scope);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(DateOnly to)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<CopyMealDialog>("Copy a meal", new DialogParameters<CopyMealDialog> { { d => d.To, to } }));
        return (provider, dialog!);
    }

    private static string Preview(IRenderedComponent<MudDialogProvider> provider) => provider.Find("[data-testid=copy-preview]").TextContent.Trim();

    [Fact]
    public async Task It_starts_on_the_day_before_with_the_whole_day_and_previews_a_meal_before_copying_only_that_meal()
    {
        var (log, scope) = await MotherWithYesterdayAsync();
        await using var _ = scope;
        var (provider, dialog) = await ShowAsync(Today);

        provider.WaitForAssertion(() => Assert.Equal($"Copies 3 entries of the whole day from {Format.Date(Today.AddDays(-1))}.", Preview(provider)));
        Assert.Equal(Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), provider.FindComponent<MudDatePicker>().Instance.Date);

        var slot = provider.FindComponent<MudSelect<string>>();
        await provider.InvokeAsync(() => slot.Instance.ValueChanged.InvokeAsync(nameof(MealSlot.Breakfast)));
        provider.WaitForAssertion(() => Assert.StartsWith("Copies 1 entry for breakfast", Preview(provider), StringComparison.Ordinal));

        provider.Find("button[data-testid=confirm-copy]").Click();

        var result = await dialog.Result;
        Assert.NotNull(result);
        Assert.False(result.Canceled);
        Assert.Equal(1, result.Data);
        var copied = Assert.Single((await log.GetDayAsync(Today)).Entries);
        Assert.Equal(MealSlot.Breakfast, copied.Slot);
    }

    [Fact]
    public async Task An_empty_meal_or_the_same_day_cannot_be_copied_and_cancel_copies_nothing()
    {
        var (log, scope) = await MotherWithYesterdayAsync();
        await using var _ = scope;
        var (provider, dialog) = await ShowAsync(Today);
        provider.WaitForAssertion(() => Assert.StartsWith("Copies 3 entries", Preview(provider), StringComparison.Ordinal));

        var slot = provider.FindComponent<MudSelect<string>>();
        await provider.InvokeAsync(() => slot.Instance.ValueChanged.InvokeAsync(nameof(MealSlot.Dinner)));
        provider.WaitForAssertion(() => Assert.StartsWith("Nothing was logged for dinner", Preview(provider), StringComparison.Ordinal));
        Assert.True(provider.Find("button[data-testid=confirm-copy]").HasAttribute("disabled"));

        var date = provider.FindComponent<MudDatePicker>();
        await provider.InvokeAsync(() => date.Instance.DateChanged.InvokeAsync(Today.ToDateTime(TimeOnly.MinValue)));
        provider.WaitForAssertion(() => Assert.Equal("Choose another day than the one you copy to.", Preview(provider)));
        Assert.True(provider.Find("button[data-testid=confirm-copy]").HasAttribute("disabled"));

        provider.Find("button[data-testid=cancel-copy]").Click();

        Assert.True((await dialog.Result)!.Canceled);
        Assert.Empty((await log.GetDayAsync(Today)).Entries);
    }
}
