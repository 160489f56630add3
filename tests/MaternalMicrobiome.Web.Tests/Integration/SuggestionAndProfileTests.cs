using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class SuggestionAndProfileTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task A_vegan_dairy_free_pregnant_mother_gets_only_foods_she_eats_and_none_with_a_warning()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();
        var request = await profiles.GetAsync();
        request.DietPattern = DietPattern.Vegan;
        request.Exclusions = DietTags.DairyFree;
        request.AvoidedAllergens = Allergens.Soy;
        await profiles.SaveAsync(request);

        var suggestions = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetSuggestionsAsync(Today);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.True(s.Food.DietTags.HasFlag(DietTags.Vegan | DietTags.DairyFree), s.Food.Name);
            Assert.Equal(Allergens.None, s.Food.Allergens & Allergens.Soy);
            Assert.Equal(PregnancyRisks.None, s.Food.PregnancyRisks);
            Assert.NotEmpty(s.Reasons);
        });
    }

    [Fact]
    public async Task Preferences_and_time_zone_are_saved_and_a_bad_time_zone_is_refused_by_name()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();
        var request = await profiles.GetAsync();
        request.Units = MeasurementUnits.UsCustomary;
        request.TimeZoneId = "Europe/Paris";
        await profiles.SaveAsync(request);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var saved = await db.MotherProfiles.AsNoTracking().SingleAsync(p => p.UserId == mother.Id);
        Assert.Equal(MeasurementUnits.UsCustomary, saved.Units);
        Assert.Equal("Europe/Paris", saved.TimeZoneId);

        request.TimeZoneId = "Mars/Olympus";
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => profiles.SaveAsync(request));
        Assert.Contains(error.Errors, e => e.PropertyName == nameof(ProfileRequest.TimeZoneId));
    }
}
