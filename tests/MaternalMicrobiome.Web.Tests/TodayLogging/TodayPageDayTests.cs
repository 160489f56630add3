using System.Globalization;
using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;


namespace MaternalMicrobiome.Web.Tests.TodayLogging;

/// <summary>
/// The Today page against the real meal log, for a mother whose time zone is not the server's: the meal the add form
/// starts on follows her clock, and a day that is not today is named by its date, not called "today".
/// </summary>
public sealed class TodayPageDayTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    // Zones far from any server; the test picks one whose meal of the hour differs from the server's (UTC) at Given.Now.
    private static readonly string[] FarZones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "America/Los_Angeles", "Asia/Tokyo"];

    private async Task<(MealLogService Log, AsyncServiceScope Scope)> MotherInAsync(string? timeZoneId)
    {
        _ = factory.Server;
        var profile = new MotherProfile
        {
            UserId = string.Empty,
            StageKind = LifeStageKind.Pregnant,
            DueDate = Given.Today.AddDays(120),
            TimeZoneId = timeZoneId,
        };
        var mother = await Given.UserAsync(factory.Services, Roles.Mother, profile);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        return (scope.ServiceProvider.GetRequiredService<MealLogService>(), scope);
    }

    private IRenderedComponent<TodayPage> RenderDay(DateOnly? date)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(date is { } d ? $"today?date={d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "today");
        var cut = Render<TodayPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=entry-list]")));
        return cut;
    }

    // The meal select's combobox shows its value, as the browser and a screen reader get it.
    private static MealSlot FormSlot(IRenderedComponent<TodayPage> cut) => Enum.Parse<MealSlot>(cut.Find("[data-testid=slot]").TextContent.Trim());

    [Fact]
    public async Task Today_the_form_starts_on_the_meal_of_her_hour_where_she_lives_not_the_servers()
    {
        var serverSlot = MealSlots.ForTime(TimeOnly.FromDateTime(Given.Now.UtcDateTime));
        var zone = FarZones.First(z => MealSlots.ForTime(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(Given.Now, TimeZoneInfo.FindSystemTimeZoneById(z)).DateTime)) != serverSlot);
        var (log, scope) = await MotherInAsync(zone);
        await using var _ = scope;

        var herNow = await log.LocalNowAsync();
        var cut = RenderDay(null);

        Assert.Equal(MealSlots.ForTime(TimeOnly.FromDateTime(herNow)), FormSlot(cut));
        Assert.NotEqual(serverSlot, FormSlot(cut));
    }

    [Fact]
    public async Task A_past_day_starts_on_its_first_empty_meal_and_names_its_date_instead_of_today()
    {
        var (log, scope) = await MotherInAsync(null);
        await using var _ = scope;
        var day = (await log.TodayAsync()).AddDays(-2);
        var breakfast = await log.AddQuickDrinkAsync(day, "usda-14411");
        var entry = await log.GetEntryAsync(breakfast);
        entry.Slot = MealSlot.Breakfast;
        await log.UpdateAsync(breakfast, entry);

        var cut = RenderDay(day);

        Assert.Equal(MealSlot.Lunch, FormSlot(cut));
        var name = day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        var headings = cut.FindAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains($"Logged on {name}", headings);
        Assert.Contains($"Gut-health score for {name}", headings);
        Assert.DoesNotContain(headings, h => h.Contains("today", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Today_keeps_its_today_headings()
    {
        var (_, scope) = await MotherInAsync(null);
        await using var _ = scope;

        var cut = RenderDay(null);

        var headings = cut.FindAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Logged today", headings);
        Assert.Contains("Today's gut-health score", headings);
    }
}
