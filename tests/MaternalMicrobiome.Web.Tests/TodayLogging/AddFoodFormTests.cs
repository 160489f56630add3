using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.TodayLogging;

/// <summary>The add form against the real catalog and meal log, typed into as a mother types.</summary>
public sealed class AddFoodFormTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private readonly List<MealEntryRequest> added = [];

    private async Task<(MealLogService Log, AsyncServiceScope Scope)> MotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Render<MudPopoverProvider>();
        return (scope.ServiceProvider.GetRequiredService<MealLogService>(), scope);
    }

    private IRenderedComponent<AddFoodForm> RenderForm(MealLogService log) => Render<AddFoodForm>(p => p
        .Add(x => x.Date, Given.Today)
        .Add(x => x.DefaultSlot, MealSlot.Lunch)
        .Add(x => x.OnAdd, async request =>
        {
            added.Add(request);
            await log.AddAsync(request);
        }));

    private async Task<SearchableFood> ChooseAsync(IRenderedComponent<AddFoodForm> cut, string search, string name)
    {
        var foods = await Services.GetRequiredService<FoodSearchService>().SearchAsync(search, 50);
        var food = Assert.Single(foods, f => f.Name == name);
        var autocomplete = cut.FindComponent<MudAutocomplete<SearchableFood>>();
        await cut.InvokeAsync(() => autocomplete.Instance.ValueChanged.InvokeAsync(food));
        return food;
    }

    private static string Unit(IRenderedComponent<AddFoodForm> cut) => cut.Find("[data-testid=unit]").TextContent.Trim();

    private static AngleSharp.Dom.IElement AmountInput(IRenderedComponent<AddFoodForm> cut) =>
        cut.Find("input[data-testid=amount], [data-testid=amount] input");

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5")]
    [InlineData(" 1,5 ")]
    public async Task A_decimal_comma_or_point_is_one_and_a_half_never_fifteen(string typed)
    {
        var (log, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderForm(log);
        await ChooseAsync(cut, "garlic", "Garlic, raw");

        AmountInput(cut).Change(typed);
        await cut.InvokeAsync(() => cut.Find("button[data-testid=add-entry]").ClickAsync(new MouseEventArgs()));

        var request = Assert.Single(added);
        Assert.Equal(1.5, request.Amount);
        Assert.Equal("1 clove", request.PortionDescription);
    }

    [Fact]
    public async Task An_amount_that_could_be_a_thousand_times_off_is_refused_naming_the_field()
    {
        var (log, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderForm(log);
        await ChooseAsync(cut, "garlic", "Garlic, raw");

        AmountInput(cut).Change("1,500");
        await cut.InvokeAsync(() => cut.Find("button[data-testid=add-entry]").ClickAsync(new MouseEventArgs()));

        Assert.Empty(added);
        var amountField = AmountInput(cut).Closest(".mud-input-control")!;
        Assert.Equal("true", AmountInput(cut).GetAttribute("aria-invalid"));
        Assert.Contains("Amount: \"1,500\"", amountField.TextContent, StringComparison.Ordinal);
        Assert.Contains("Amount:", cut.Find("[data-testid=add-errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_portions_are_named_next_to_the_amount_as_she_types_before_she_adds()
    {
        var (log, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderForm(log);
        await ChooseAsync(cut, "garlic", "Garlic, raw");

        AmountInput(cut).Change("60");

        Assert.Equal("true", AmountInput(cut).GetAttribute("aria-invalid"));
        Assert.Contains($"At most {MealEntryRequestValidator.MaxPortions} portions in one entry.", AmountInput(cut).Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=add-errors]"));
        Assert.Empty(added);
    }

    [Fact]
    public async Task A_food_starts_on_its_natural_portion_then_on_how_she_last_logged_it()
    {
        var (log, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderForm(log);

        var garlic = await ChooseAsync(cut, "garlic", "Garlic, raw");
        Assert.Equal("1 clove (3 g)", Unit(cut));
        Assert.Equal("1", AmountInput(cut).GetAttribute("value"));

        // She logs two of "3 cloves": the next garlic starts there.
        var unit = cut.FindComponent<MudSelect<string>>();
        var threeCloves = QuantityChoice.For(await Services.GetRequiredService<CatalogService>().GetFoodAsync(garlic.Id))
            .Single(c => c.PortionDescription == "3 cloves");
        await cut.InvokeAsync(() => unit.Instance.ValueChanged.InvokeAsync(threeCloves.Key));
        AmountInput(cut).Change("2");
        // The handler writes the entry before the next food is chosen (ClickAsync waits for it; Click would not).
        await cut.InvokeAsync(() => cut.Find("button[data-testid=add-entry]").ClickAsync(new MouseEventArgs()));
        Assert.Single(added);

        await ChooseAsync(cut, "garlic", "Garlic, raw");
        Assert.Equal("3 cloves (9 g)", Unit(cut));
        Assert.Equal("2", AmountInput(cut).GetAttribute("value"));
    }

    [Fact]
    public async Task A_drink_starts_on_a_cup_and_in_the_drink_slot()
    {
        var (log, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderForm(log);

        await ChooseAsync(cut, "coffee", "Coffee, brewed");

        Assert.Equal("1 cup (8 fl oz) (237 g)", Unit(cut));
        Assert.Equal(nameof(MealSlot.Drink), cut.Find("[data-testid=slot]").TextContent.Trim());
    }
}
