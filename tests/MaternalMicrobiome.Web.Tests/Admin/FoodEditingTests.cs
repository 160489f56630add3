using FluentValidation;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class FoodEditingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<AsyncServiceScope> AdminScopeAsync()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        return await Given.SignedInScopeAsync(factory.Services, admin);
    }

    [Fact]
    public async Task Editing_a_seeded_food_marks_it_edited_locally_and_audits_it_with_before_and_after()
    {
        await using var scope = await AdminScopeAsync();
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
        var oatsId = await Given.FoodIdAsync(factory.Services, "usda-08120");
        var request = await service.GetForEditAsync(oatsId);
        Assert.False(await Given.ReadAsync(factory.Services, db => db.Foods.Where(f => f.Id == oatsId).Select(f => f.EditedLocally).SingleAsync()));

        request[FoodNutrients.Fiber] = 10.6;
        request.CurationNote = "Fiber checked against the label.";
        request.Portions.Add(new PortionEdit { Description = "1 sachet", Grams = 27 });
        var newVersion = await service.UpdateAsync(oatsId, request);

        var saved = await Given.ReadAsync(factory.Services, db => db.Foods.Include(f => f.Portions).SingleAsync(f => f.Id == oatsId));
        Assert.True(saved.EditedLocally);
        Assert.Equal(newVersion, saved.Version);
        Assert.NotEqual(request.Version, saved.Version);
        Assert.Equal(10.6, saved.FiberG);
        Assert.Contains(saved.Portions, p => p.Description == "1 sachet" && p.Grams == 27);
        var entry = await Given.ReadAsync(factory.Services, db => db.AuditEntries.SingleAsync(a => a.Action == "food.update" && a.EntityKey == "usda-08120"));
        Assert.Equal("food", entry.EntityType);
        Assert.NotNull(entry.Before);
        Assert.NotNull(entry.After);
        Assert.Contains("\"fiberG\":10.1", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"fiberG\":10.6", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("1 sachet", entry.Before, StringComparison.Ordinal);
        Assert.Contains("1 sachet", entry.After, StringComparison.Ordinal);
        Assert.StartsWith("admin-", entry.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_saving_an_old_version_gets_a_conflict_with_the_saved_values_and_the_first_edit_stays()
    {
        int id;
        await using (var creator = await AdminScopeAsync())
        {
            id = await creator.ServiceProvider.GetRequiredService<FoodAdminService>().CreateAsync(TestFoods.NewFood());
        }

        await using var first = await AdminScopeAsync();
        await using var second = await AdminScopeAsync();
        var firstService = first.ServiceProvider.GetRequiredService<FoodAdminService>();
        var secondService = second.ServiceProvider.GetRequiredService<FoodAdminService>();
        var firstEdit = await firstService.GetForEditAsync(id);
        var secondEdit = await secondService.GetForEditAsync(id);

        firstEdit[FoodNutrients.Fiber] = 3.5;
        await firstService.UpdateAsync(id, firstEdit);
        secondEdit[FoodNutrients.Fiber] = 1.5;
        secondEdit.Name = "Second editor's sauerkraut";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secondService.UpdateAsync(id, secondEdit));

        Assert.Equal(ConcurrencyConflictException.DefaultMessage, conflict.Message);
        Assert.NotNull(conflict.Current);
        Assert.Equal(3.5, conflict.Current[FoodNutrients.Fiber]);
        Assert.Equal("Test sauerkraut", conflict.Current.Name);
        var saved = await firstService.GetForEditAsync(id);
        Assert.Equal(3.5, saved[FoodNutrients.Fiber]);
        Assert.Equal("Test sauerkraut", saved.Name);
        Assert.Single(saved.Portions);
        Assert.Equal(1, await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync(a => a.Action == "food.update" && a.EntityKey == saved.Key)));

        // Overwriting consciously: the second editor saves against the version she was shown.
        secondEdit.Version = conflict.Current.Version;
        await secondService.UpdateAsync(id, secondEdit);
        var overwritten = await firstService.GetForEditAsync(id);
        Assert.Equal(1.5, overwritten[FoodNutrients.Fiber]);
        Assert.Equal("Second editor's sauerkraut", overwritten.Name);
    }

    [Fact]
    public async Task Creating_a_food_audits_it_makes_it_searchable_and_refuses_a_key_already_used()
    {
        await using var scope = await AdminScopeAsync();
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
        var request = TestFoods.NewFood();
        request.Name = "Zzyzx fermented turnip";

        var id = await service.CreateAsync(request);

        var created = await Given.ReadAsync(factory.Services, db => db.Foods.Include(f => f.Portions).SingleAsync(f => f.Id == id));
        Assert.True(created.EditedLocally);
        Assert.Null(created.OwnerId);
        Assert.Equal(["fermented cabbage", "kraut"], created.Synonyms);
        Assert.Equal(["brassica-oleracea"], created.PlantSpecies);
        Assert.Equal(142, Assert.Single(created.Portions).Grams);
        var audit = await Given.ReadAsync(factory.Services, db => db.AuditEntries.SingleAsync(a => a.Action == "food.create" && a.EntityKey == request.Key));
        Assert.Null(audit.Before);
        Assert.Contains("Zzyzx fermented turnip", audit.After, StringComparison.Ordinal);
        var hits = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("zzyzx turnip");
        Assert.Contains(hits, h => h.Id == id);

        var again = await Assert.ThrowsAsync<ValidationException>(() => service.CreateAsync(TestFoods.NewFood(request.Key)));
        Assert.Contains(again.Errors, e => e.PropertyName == nameof(FoodEditRequest.Key) && e.ErrorMessage.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mothers_private_food_is_neither_listed_nor_editable()
    {
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var privateKey = $"own-{Guid.NewGuid():N}";
        var privateId = await Given.ReadAsync(factory.Services, async db =>
        {
            var food = new Food { Key = privateKey, Name = "Grandma's secret kimchi", FoodGroup = "Vegetables and Vegetable Products", OwnerId = mother.Id };
            db.Foods.Add(food);
            await db.SaveChangesAsync();
            return food.Id;
        });
        await using var scope = await AdminScopeAsync();
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();

        var page = await service.ListAsync(new FoodGridQuery { NameContains = "secret kimchi" });

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.TotalCount);
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetForEditAsync(privateId));
        await Assert.ThrowsAsync<NotFoundException>(() => service.UpdateAsync(privateId, TestFoods.NewFood(TestFoods.NewKey())));
        Assert.Empty(await service.SearchAsync("secret kimchi"));
    }

    [Fact]
    public async Task The_grid_pages_sorts_and_filters_on_the_server()
    {
        await using var scope = await AdminScopeAsync();
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();

        var byFiber = await service.ListAsync(new FoodGridQuery { SortBy = FoodSortColumn.Fiber, Descending = true, PageSize = 10 });
        var secondPage = await service.ListAsync(new FoodGridQuery { SortBy = FoodSortColumn.Fiber, Descending = true, PageSize = 10, Page = 1 });
        var lentils = await service.ListAsync(new FoodGridQuery { NameContains = "LENTILS" });
        var misspeltGroup = await service.ListAsync(new FoodGridQuery { FoodGroup = "Legume and Legume Products" });
        var fermentedDairy = await service.ListAsync(new FoodGridQuery { FoodGroup = "Dairy and Egg Products", NameContains = "kefir" });

        Assert.Equal(byFiber.Rows.Select(r => r.FiberG).OrderDescending(), byFiber.Rows.Select(r => r.FiberG));
        Assert.True(byFiber.Rows[^1].FiberG >= secondPage.Rows[0].FiberG);
        Assert.Empty(byFiber.Rows.Select(r => r.Id).Intersect(secondPage.Rows.Select(r => r.Id)));
        Assert.NotEmpty(lentils.Rows);
        Assert.All(lentils.Rows, r => Assert.Contains("lentils", r.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(misspeltGroup.Rows);
        Assert.NotEmpty(fermentedDairy.Rows);
        Assert.All(fermentedDairy.Rows, r =>
        {
            Assert.Equal("Dairy and Egg Products", r.FoodGroup);
            Assert.Contains("kefir", r.Name, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("Dairy and Egg Products", await service.ListFoodGroupsAsync());
    }
}
