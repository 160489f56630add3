using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;
using static MaternalMicrobiome.Web.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>Who may read, edit, share, accept and log a plan; everyone else is told "not found".</summary>
public sealed class MealPlanAccessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    private async Task<int> MothersPlanAsync(Domain.Logging.MealSlot slot = Domain.Logging.MealSlot.Lunch, Data.Identity.AppUser? mother = null)
    {
        _ = factory.Server;
        mother ??= await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        return await PlansAsAsync(Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Her week", WeekStart = Today });
            var view = await plans.GetAsync(id);
            await plans.AddEntryAsync(id, view.Version, PlannedGrams(0, lentils, 200, slot));
            return id;
        });
    }

    [Fact]
    public async Task Another_mother_can_neither_read_nor_edit_her_plan()
    {
        var planId = await MothersPlanAsync();
        var other = await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, LentilsKey);

        await PlansAsAsync(Services, other, async plans =>
        {
            await Assert.ThrowsAsync<NotFoundException>(() => plans.GetAsync(planId));
            await Assert.ThrowsAsync<NotFoundException>(() => plans.AddEntryAsync(planId, Guid.Empty, PlannedGrams(1, lentils, 100)));
            await Assert.ThrowsAsync<NotFoundException>(() => plans.AcceptAsync(planId, Guid.Empty));
            await Assert.ThrowsAsync<NotFoundException>(() => plans.GetShoppingListAsync(planId));
            await Assert.ThrowsAsync<NotFoundException>(() => plans.SaveAsTemplateAsync(planId, "Mine now"));
            Assert.Empty(await plans.ListAsync(null));
        });

        var notFound = await Assert.ThrowsAsync<NotFoundException>(() => PlansAsAsync(Services, other, plans => plans.GetAsync(int.MaxValue)));
        Assert.Equal("That plan does not exist.", notFound.Message);
    }

    [Fact]
    public async Task A_linked_nutritionist_creates_edits_and_shares_a_plan_which_the_mother_sees_only_once_shared()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, nutritionist);
        var lentils = await FoodIdAsync(Services, LentilsKey);

        var planId = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var id = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "From your nutritionist", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(2, lentils, 150));
            return id;
        });

        // A draft is the nutritionist's until she shares it.
        await PlansAsAsync(Services, mother, async plans =>
        {
            await Assert.ThrowsAsync<NotFoundException>(() => plans.GetAsync(planId));
            Assert.Empty(await plans.ListAsync(null));
        });

        var shared = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var view = await plans.GetAsync(planId);
            Assert.True(view.CanShare);
            await plans.ShareAsync(planId, view.Version);
            return await plans.GetAsync(planId);
        });
        Assert.Equal(MealPlanStatus.Shared, shared.Status);
        Assert.Single(shared.Entries);

        var seen = await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId));
        Assert.Equal("From your nutritionist", seen.Title);
        Assert.False(seen.CanEdit);
        Assert.True(seen.CanAccept);

        // The nutritionist's visit to the client's plan is audited for the mother once, not once per edit and reload.
        await using var scope = Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Action == ClientAccess.ReadAction && a.ActorId == nutritionist.Id && a.SubjectUserId == mother.Id)
            .Select(a => a.EntityKey)
            .ToListAsync();
        Assert.Equal([$"plan {planId}"], audited);
    }

    [Fact]
    public async Task An_unlinked_or_ended_link_nutritionist_gets_not_found_for_everything()
    {
        var mother = await MotherAsync(Services);
        var planId = await MothersPlanAsync(mother: mother);
        var stranger = await NutritionistAsync(Services);
        var former = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, former, ended: true);
        var lentils = await FoodIdAsync(Services, LentilsKey);

        foreach (var nutritionist in new[] { stranger, former })
        {
            await PlansAsAsync(Services, nutritionist, async plans =>
            {
                var read = await Assert.ThrowsAsync<NotFoundException>(() => plans.GetAsync(planId));
                Assert.Equal("That plan does not exist.", read.Message);
                await Assert.ThrowsAsync<NotFoundException>(() => plans.AddEntryAsync(planId, Guid.Empty, PlannedGrams(1, lentils, 100)));
                await Assert.ThrowsAsync<NotFoundException>(() => plans.ShareAsync(planId, Guid.Empty));
                await Assert.ThrowsAsync<NotFoundException>(() => plans.ListAsync(mother.Id));
                await Assert.ThrowsAsync<NotFoundException>(() => plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "x", WeekStart = Today }));
            });
        }
    }

    [Fact]
    public async Task Only_the_mother_accepts_and_logs_and_a_nutritionist_edit_sends_an_accepted_plan_back_to_shared()
    {
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, nutritionist);
        var planId = await MothersPlanAsync(mother: mother);
        var lentils = await FoodIdAsync(Services, LentilsKey);

        await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var view = await plans.GetAsync(planId);
            Assert.False(view.CanAccept);
            await Assert.ThrowsAsync<AccessDeniedException>(() => plans.AcceptAsync(planId, view.Version));
            await Assert.ThrowsAsync<AccessDeniedException>(() => plans.LogEntryAsync(planId, view.Entries[0].Id));
        });

        // Her own draft goes straight to accepted.
        var accepted = await PlansAsAsync(Services, mother, async plans =>
        {
            await plans.AcceptAsync(planId, (await plans.GetAsync(planId)).Version);
            return await plans.GetAsync(planId);
        });
        Assert.Equal(MealPlanStatus.Accepted, accepted.Status);

        // Her own edit keeps it accepted; her nutritionist's edit asks her to accept again.
        await PlansAsAsync(Services, mother, async plans => await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, PlannedGrams(1, lentils, 50)));
        Assert.Equal(MealPlanStatus.Accepted, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Status);
        await PlansAsAsync(Services, nutritionist, async plans => await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, PlannedGrams(3, lentils, 50)));
        Assert.Equal(MealPlanStatus.Shared, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Status);
    }

    [Fact]
    public async Task The_mother_cannot_change_a_plan_her_nutritionist_wrote()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, nutritionist);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var planId = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var id = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Shared week", WeekStart = Today });
            await plans.ShareAsync(id, (await plans.GetAsync(id)).Version);
            return id;
        });

        await PlansAsAsync(Services, mother, async plans =>
        {
            var view = await plans.GetAsync(planId);
            await Assert.ThrowsAsync<AccessDeniedException>(() => plans.AddEntryAsync(planId, view.Version, PlannedGrams(0, lentils, 100)));
            await plans.AcceptAsync(planId, view.Version);
            Assert.Equal(MealPlanStatus.Accepted, (await plans.GetAsync(planId)).Status);
        });
    }

    [Fact]
    public async Task Templates_are_private_to_their_author_and_start_a_new_plan_with_their_foods()
    {
        var mother = await MotherAsync(Services);
        var planId = await MothersPlanAsync(mother: mother);
        var templateId = await PlansAsAsync(Services, mother, plans => plans.SaveAsTemplateAsync(planId, "Lentil week"));
        var other = await MotherAsync(Services);

        await PlansAsAsync(Services, other, async plans =>
        {
            Assert.Empty(await plans.ListTemplatesAsync());
            await Assert.ThrowsAsync<NotFoundException>(() => plans.CreateAsync(null, new NewPlanRequest { Title = "Copy", WeekStart = Today, TemplateId = templateId }));
            await Assert.ThrowsAsync<NotFoundException>(() => plans.GetAsync(templateId));
        });

        var copy = await PlansAsAsync(Services, mother, async plans =>
        {
            Assert.Equal("Lentil week", Assert.Single(await plans.ListTemplatesAsync()).Title);
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Next week", WeekStart = Today.AddDays(7), TemplateId = templateId });
            return await plans.GetAsync(id);
        });
        var entry = Assert.Single(copy.Entries);
        Assert.Equal((0, 200.0), (entry.DayIndex, entry.Grams));
        Assert.Equal(MealPlanStatus.Draft, copy.Status);
    }
}
