using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class MealLogValidationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = Given.Today;

    private async Task<(AsyncServiceScope Scope, MealLogService Service, FoodDetails Kefir)> SignedInMotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var hit = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("kefir plain lowfat"))[0];
        var kefir = await scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(hit.Id);
        return (scope, scope.ServiceProvider.GetRequiredService<MealLogService>(), kefir);
    }

    [Theory]
    [InlineData(0, "Amount must be more than 0.")]
    [InlineData(-5, "Amount must be more than 0.")]
    [InlineData(double.NaN, "Amount must be a number.")]
    [InlineData(double.PositiveInfinity, "Amount must be a number.")]
    [InlineData(5001, "Amount must be at most 5,000.")]
    public async Task A_bad_amount_is_refused_with_a_message_naming_it_and_nothing_is_saved(double amount, string message)
    {
        var (scope, service, kefir) = await SignedInMotherAsync();
        await using var _ = scope;

        var error = await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Drink, FoodId = kefir.Id, Unit = QuantityUnit.Grams, Amount = amount,
        }));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(MealEntryRequest.Amount) && e.ErrorMessage == message);
        Assert.Empty((await service.GetDayAsync(Day)).Entries);
    }

    [Fact]
    public async Task A_portion_that_is_not_the_foods_own_is_refused()
    {
        var (scope, service, kefir) = await SignedInMotherAsync();
        await using var _ = scope;

        var error = await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Drink, FoodId = kefir.Id, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = "1 bucket",
        }));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(MealEntryRequest.PortionDescription));
    }

    [Fact]
    public async Task An_unknown_food_and_a_date_far_away_are_refused()
    {
        var (scope, service, _) = await SignedInMotherAsync();
        await using var __ = scope;

        var unknownFood = await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Lunch, FoodId = int.MaxValue, Unit = QuantityUnit.Grams, Amount = 100,
        }));
        var farFuture = await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new MealEntryRequest
        {
            Date = Day.AddYears(3), Slot = MealSlot.Lunch, FoodId = 1, Unit = QuantityUnit.Grams, Amount = 100,
        }));

        Assert.Contains(unknownFood.Errors, e => e.ErrorMessage == "That food is not in the catalog.");
        Assert.Contains(farFuture.Errors, e => e.PropertyName == nameof(MealEntryRequest.Date));
    }

    [Fact]
    public async Task A_household_portion_is_saved_as_its_grams()
    {
        var (scope, service, kefir) = await SignedInMotherAsync();
        await using var _ = scope;
        var portion = kefir.Portions[0];

        await service.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Drink, FoodId = kefir.Id, Unit = QuantityUnit.Portion, Amount = 2, PortionDescription = portion.Description,
        });

        var entry = Assert.Single((await service.GetDayAsync(Day)).Entries);
        Assert.Equal(2 * portion.Grams, entry.Grams, 6);
    }
}
