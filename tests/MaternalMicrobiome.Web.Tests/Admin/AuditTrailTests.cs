using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Audit;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class AuditTrailTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_log_lists_newest_first_a_page_at_a_time_and_filters_by_action()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        var foods = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
        var first = TestFoods.NewFood();
        var second = TestFoods.NewFood();
        var firstId = await foods.CreateAsync(first);
        await foods.CreateAsync(second);
        var edit = await foods.GetForEditAsync(firstId);
        edit.Name = "Renamed sauerkraut";
        await foods.UpdateAsync(firstId, edit);
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrailService>();

        var newest = await audit.ListAsync(new AuditQuery { PageSize = 2 });
        var creates = await audit.ListAsync(new AuditQuery { Action = "food.create", PageSize = 1 });
        var nextCreate = await audit.ListAsync(new AuditQuery { Action = "food.create", PageSize = 1, Page = 1 });

        Assert.Equal(["food.update", "food.create"], newest.Rows.Select(r => r.Action));
        Assert.Equal(first.Key, newest.Rows[0].EntityKey);
        Assert.Equal(second.Key, newest.Rows[1].EntityKey);
        Assert.True(newest.Rows[0].At >= newest.Rows[1].At);
        Assert.Contains("Renamed sauerkraut", newest.Rows[0].After, StringComparison.Ordinal);
        Assert.Contains("\n", newest.Rows[0].Before, StringComparison.Ordinal);
        Assert.Equal(2, creates.TotalCount);
        Assert.Equal(second.Key, Assert.Single(creates.Rows).EntityKey);
        Assert.Equal(first.Key, Assert.Single(nextCreate.Rows).EntityKey);
        Assert.Equal(["food.create", "food.update"], await audit.ListActionsAsync());
    }
}
