using System.Text.Json;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class DislikedFoodsTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task Disliked_foods_are_saved_shown_by_name_exported_and_never_suggested_again()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var firstSuggestions = await log.GetSuggestionsAsync(Today);
        Assert.NotEmpty(firstSuggestions);
        var disliked = firstSuggestions.Select(s => s.Food).ToList();

        var request = await profiles.GetAsync();
        request.DislikedFoodIds = disliked.Select(f => f.Id).ToList();
        await profiles.SaveAsync(request);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var saved = await db.MotherProfiles.AsNoTracking().SingleAsync(p => p.UserId == mother.Id);
        Assert.Equal(disliked.Select(f => f.Id).Order(), saved.DislikedFoodIds.Order());
        var reloaded = await profiles.GetAsync();
        Assert.Equal(disliked.Select(f => f.Id).Order(), reloaded.DislikedFoodIds.Order());
        Assert.Equal(disliked.Select(f => f.Name).Order(StringComparer.Ordinal), (await profiles.GetFoodsAsync(reloaded.DislikedFoodIds)).Select(f => f.Name));

        using var export = JsonDocument.Parse(await scope.ServiceProvider.GetRequiredService<MyDataService>().ExportJsonAsync());
        Assert.Equal(
            disliked.Select(f => f.Name).Order(StringComparer.Ordinal),
            export.RootElement.GetProperty("dislikedFoods").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));

        foreach (var date in new[] { Today, Today.AddDays(-1), Today.AddDays(-2) })
        {
            var suggestions = await log.GetSuggestionsAsync(date);
            Assert.NotEmpty(suggestions);
            Assert.DoesNotContain(suggestions, s => saved.DislikedFoodIds.Contains(s.Food.Id));
        }
    }

    [Fact]
    public async Task An_unknown_food_or_too_many_are_refused_naming_the_field_and_nothing_is_saved()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();
        var request = await profiles.GetAsync();

        request.DislikedFoodIds = [987_654_321];
        var unknown = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => profiles.SaveAsync(request));
        var failure = Assert.Single(unknown.Errors);
        Assert.Equal(nameof(ProfileRequest.DislikedFoodIds), failure.PropertyName);
        Assert.Equal("Foods you dislike: food 987654321 is not in the catalog.", failure.ErrorMessage);

        request.DislikedFoodIds = Enumerable.Range(1, ProfileRequestValidator.MaxDislikedFoods + 1).ToList();
        var tooMany = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => profiles.SaveAsync(request));
        Assert.Contains(tooMany.Errors, e => e.PropertyName == nameof(ProfileRequest.DislikedFoodIds) && e.ErrorMessage.StartsWith("Foods you dislike:", StringComparison.Ordinal));

        Assert.Empty((await profiles.GetAsync()).DislikedFoodIds);
    }
}
