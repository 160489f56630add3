using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>Links, entries and database reads for the client review tests (links are made by another feature's pages).</summary>
public static class ClientReviewData
{
    public static readonly DateOnly ThisDay = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>A consented link; ended when <paramref name="ended"/> is true.</summary>
    public static async Task LinkAsync(IServiceProvider services, AppUser mother, AppUser nutritionist, bool ended = false)
    {
        ArgumentNullException.ThrowIfNull(mother);
        ArgumentNullException.ThrowIfNull(nutritionist);
        await ReadAsync(services, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.ClientLinks.Add(new ClientLink
            {
                NutritionistId = nutritionist.Id, MotherId = mother.Id, InviteCode = Guid.NewGuid().ToString("N")[..10], CreatedAt = now.AddDays(-10),
                ExpiresAt = now.AddDays(-3), ConsentedAt = now.AddDays(-9), EndedAt = ended ? now.AddDays(-1) : null, EndedById = ended ? mother.Id : null,
            });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A mother, a nutritionist linked with her, and a nutritionist who is not.</summary>
    public static async Task<(AppUser Mother, AppUser Linked, AppUser Stranger)> PracticeAsync(SqliteWebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _ = factory.Server;
        var mother = await TestUsers.CreateAsync(factory.Services, Roles.Mother);
        var linked = await TestUsers.CreateAsync(factory.Services, Roles.Nutritionist);
        var stranger = await TestUsers.CreateAsync(factory.Services, Roles.Nutritionist);
        await LinkAsync(factory.Services, mother, linked);
        return (mother, linked, stranger);
    }

    public static async Task<int> LogAsync(IServiceProvider services, AppUser mother, string food, DateOnly date, double grams = 150)
    {
        await using var scope = await TestUsers.SignedInScopeAsync(services, mother);
        var hit = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync(food))[0];
        return await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = date, Slot = MealSlot.Lunch, FoodId = hit.Id, Unit = QuantityUnit.Grams, Amount = grams,
        });
    }

    public static async Task<T> ReadAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public static Task<List<string>> ClientReadsAsync(IServiceProvider services, string motherId) =>
        ReadAsync(services, db => db.AuditEntries.Where(a => a.Action == ClientAccess.ReadAction && a.SubjectUserId == motherId).OrderBy(a => a.Id).Select(a => a.EntityKey).ToListAsync());
}
