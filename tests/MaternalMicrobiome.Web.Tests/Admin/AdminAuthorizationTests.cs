using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Audit;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>Curation is for admins: mothers, nutritionists and anonymous callers are refused by every service method.</summary>
public sealed class AdminAuthorizationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Theory]
    [InlineData(Roles.Mother)]
    [InlineData(Roles.Nutritionist)]
    [InlineData(null)]
    public async Task Everyone_but_an_admin_is_refused_by_every_curation_method_and_nothing_changes(string? role)
    {
        _ = factory.Server;
        var caller = role is null ? null : await Given.UserAsync(factory.Services, role);
        var oatsId = await Given.FoodIdAsync(factory.Services, "usda-08120");
        var auditBefore = await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync());
        await using var scope = await Given.SignedInScopeAsync(factory.Services, caller);
        var foods = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
        var csv = scope.ServiceProvider.GetRequiredService<FoodCsvService>();
        var references = scope.ServiceProvider.GetRequiredService<ReferenceAdminService>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrailService>();
        var food = TestFoods.NewFood();
        var reference = new ReferenceEditRequest { Key = "refused-2026", Authors = "A", Year = 2020, Title = "T", Source = "S", StudyType = "trial", Finding = "F" };

        Func<Task>[] calls =
        [
            () => foods.ListAsync(new FoodGridQuery()),
            () => foods.ListFoodGroupsAsync(),
            () => foods.GetForEditAsync(oatsId),
            () => foods.CreateAsync(food),
            () => foods.UpdateAsync(oatsId, food),
            () => foods.SearchAsync("oats"),
            () => foods.MergeAsync(oatsId, oatsId + 1),
            () => csv.ExportAsync(new MemoryStream()),
            () => csv.ImportAsync(TestFoods.Csv((TestFoods.Row(TestFoods.NewKey()), string.Empty))),
            () => references.ListAsync(),
            () => references.GetForEditAsync(1),
            () => references.CreateAsync(reference),
            () => references.UpdateAsync(1, reference),
            () => audit.ListAsync(new AuditQuery()),
            () => audit.ListActionsAsync(),
        ];
        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<AccessDeniedException>(call);
        }

        Assert.Equal(auditBefore, await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync()));
        Assert.False(await Given.ReadAsync(factory.Services, db => db.Foods.AnyAsync(f => f.Key == food.Key)));
    }

    [Fact]
    public async Task An_admin_is_let_in()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);

        var page = await scope.ServiceProvider.GetRequiredService<FoodAdminService>().ListAsync(new FoodGridQuery { PageSize = 5 });

        Assert.Equal(5, page.Rows.Count);
        Assert.True(page.TotalCount >= 150);
    }
}
