using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.TestData;

/// <summary>The real seeded catalog (every SR28 food, as the app loads it), for the tests that check rules on it.</summary>
public static class RealCatalog
{
    /// <summary>Every shared food with its portions.</summary>
    public static async Task<List<Food>> AllFoodsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Foods.AsNoTracking().Include(f => f.Portions).Where(f => f.OwnerId == null).ToListAsync();
    }

    /// <summary>The one food with this exact SR28 name.</summary>
    public static Food Named(List<Food> foods, string name) => Assert.Single(foods, f => f.Name == name);
}
