using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>A mother's log is hers alone: other mothers, nutritionists, admins and anonymous callers get nothing.</summary>
public sealed class MealLogAuthorizationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = Given.Today;

    private async Task<int> LentilsIdAsync()
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, null);
        var hits = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentils cooked");
        return hits[0].Id;
    }

    private async Task<(AppUser Owner, int EntryId)> OwnerWithEntryAsync()
    {
        _ = factory.Server;
        var owner = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);
        var id = await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Lunch, FoodId = await LentilsIdAsync(), Unit = QuantityUnit.Grams, Amount = 200,
        });
        return (owner, id);
    }

    [Fact]
    public async Task The_owner_reads_her_entry_back_in_her_scored_day()
    {
        var (owner, entryId) = await OwnerWithEntryAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);

        var day = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Day);

        var entry = Assert.Single(day.Entries);
        Assert.Equal(entryId, entry.Id);
        Assert.True(day.Score.HasEntries);
        Assert.True(day.Score.Overall > 0);
    }

    [Fact]
    public async Task Another_mother_cannot_read_change_or_delete_the_entry_and_does_not_see_it_in_her_day()
    {
        var (owner, entryId) = await OwnerWithEntryAsync();
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            var service = scope.ServiceProvider.GetRequiredService<MealLogService>();
            var change = new MealEntryRequest { Date = Day, Slot = MealSlot.Lunch, FoodId = await LentilsIdAsync(), Unit = QuantityUnit.Grams, Amount = 1 };

            await Assert.ThrowsAsync<NotFoundException>(() => service.GetEntryAsync(entryId));
            await Assert.ThrowsAsync<NotFoundException>(() => service.UpdateAsync(entryId, change));
            await Assert.ThrowsAsync<NotFoundException>(() => service.DeleteAsync(entryId));
            Assert.Empty((await service.GetDayAsync(Day)).Entries);
        }

        await using var ownerScope = await Given.SignedInScopeAsync(factory.Services, owner);
        var unchanged = await ownerScope.ServiceProvider.GetRequiredService<MealLogService>().GetEntryAsync(entryId);
        Assert.Equal(200, unchanged.Amount);
    }

    [Fact]
    public async Task An_unknown_entry_id_is_not_found_exactly_like_another_mothers()
    {
        var (owner, _) = await OwnerWithEntryAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<MealLogService>().GetEntryAsync(int.MaxValue));

        Assert.Equal("That entry does not exist.", error.Message);
    }

    [Theory]
    [InlineData(Roles.Nutritionist)]
    [InlineData(Roles.Admin)]
    [InlineData(null)]
    public async Task Nutritionists_admins_and_anonymous_callers_are_refused(string? role)
    {
        var (_, entryId) = await OwnerWithEntryAsync();
        var caller = role is null ? null : await Given.UserAsync(factory.Services, role);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, caller);
        var service = scope.ServiceProvider.GetRequiredService<MealLogService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetDayAsync(Day));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetEntryAsync(entryId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.DeleteAsync(entryId));
    }

    [Fact]
    public async Task Entries_survive_an_app_restart()
    {
        var (owner, entryId) = await OwnerWithEntryAsync();
        await using var restarted = new SqliteWebAppFactory();
        var sameDatabase = restarted.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Default", factory.ConnectionString));

        await using var scope = await Given.SignedInScopeAsync(sameDatabase.Services, owner);
        var day = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Day);

        Assert.Contains(day.Entries, e => e.Id == entryId);
    }
}
