using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// Markup, script, SQL and unusual Unicode are legitimate text where people write text: they are saved exactly, and the
/// real page (prerendered over HTTP for a signed-in user) shows them as text, HTML-encoded, so no script ever runs.
/// </summary>
public sealed class ShownBackTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    public static TheoryData<string, int> Texts
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var surface in new[] { "meal note", "custom food name", "admin food name", "reference title", "comment", "plan title" })
            {
                for (var i = 0; i < BadText.Markup.Count + BadText.Unusual.Count; i++)
                {
                    data.Add(surface, i);
                }
            }

            return data;
        }
    }

    public static TheoryData<int> MarkupIndexes => [.. Enumerable.Range(0, BadText.Markup.Count)];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Text_is_saved_exactly_and_shown_encoded(string surface, int payloadIndex)
    {
        var payload = BadText.Markup.Concat(BadText.Unusual).ElementAt(payloadIndex);

        var (stored, html) = surface switch
        {
            "meal note" => await MealNoteAsync(payload),
            "custom food name" => await CustomFoodAsync(payload),
            "admin food name" => await AdminFoodAsync(payload),
            "reference title" => await ReferenceAsync(payload),
            "comment" => await CommentAsync(payload, await BadInputSession.UserAsync(factory, Roles.Nutritionist)),
            _ => await PlanAsync(payload),
        };

        Assert.Equal(payload, stored);
        BadInputAssert.ShownAsText(html, payload);
    }

    [Theory]
    [MemberData(nameof(MarkupIndexes))]
    public async Task A_display_name_with_markup_is_shown_encoded_next_to_her_comment(int payloadIndex)
    {
        var payload = BadText.Markup[payloadIndex];
        _ = factory.Server;
        AppUser nutritionist;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (result, user) = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync($"nutritionist-{Guid.NewGuid():N}@test.local", payload, Given.Password, Roles.Nutritionist, null, emailConfirmed: true);
            Assert.True(result.Succeeded);
            nutritionist = user!;
        }

        var (_, html) = await CommentAsync("Well done this week", nutritionist);

        BadInputAssert.ShownAsText(html, payload);
    }

    private async Task<(string Stored, string Html)> MealNoteAsync(string payload)
    {
        var mother = await BadInputSession.MotherAsync(factory, "notes");
        var kefir = await Given.FoodIdAsync(factory.Services, "usda-01289");
        var id = await BadInputSession.AsAsync<MealLogService, int>(factory, mother, log => log.AddAsync(new MealEntryRequest
        {
            Date = Today, Slot = MealSlot.Drink, FoodId = kefir, Unit = QuantityUnit.Grams, Amount = 100, Note = payload,
        }));
        var stored = await Given.ReadAsync(factory.Services, db => db.MealEntries.Where(e => e.Id == id).Select(e => e.Note!).SingleAsync());
        return (stored, await PageAsync(mother, "/today"));
    }

    private async Task<(string Stored, string Html)> CustomFoodAsync(string payload)
    {
        var mother = await BadInputSession.MotherAsync(factory, "foods");
        var food = TestFoods.Sourdough();
        food.Name = payload;
        var id = await BadInputSession.AsAsync<MyFoodsService, int>(factory, mother, foods => foods.CreateCustomFoodAsync(food));
        return ((await Given.StoredFoodAsync(factory.Services, id)).Name, await PageAsync(mother, "/my-foods"));
    }

    private async Task<(string Stored, string Html)> AdminFoodAsync(string payload)
    {
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var food = TestFoods.NewFood();
        food.Name = payload;
        var id = await BadInputSession.AsAsync<FoodAdminService, int>(factory, admin, foods => foods.CreateAsync(food));
        return ((await Given.StoredFoodAsync(factory.Services, id)).Name, await PageAsync(admin, $"/admin/foods/{id}"));
    }

    private async Task<(string Stored, string Html)> ReferenceAsync(string payload)
    {
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var reference = ReferenceBadInputTests.Valid();
        reference.Title = payload;
        var id = await BadInputSession.AsAsync<ReferenceAdminService, int>(factory, admin, references => references.CreateAsync(reference));
        var stored = await Given.ReadAsync(factory.Services, db => db.References.Where(r => r.Id == id).Select(r => r.Title).SingleAsync());
        return (stored, await PageAsync(admin, "/admin/references"));
    }

    /// <summary>A nutritionist comments on her client's day; the client reads her comments.</summary>
    private async Task<(string Stored, string Html)> CommentAsync(string payload, AppUser nutritionist)
    {
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await Given.LinkAsync(factory.Services, mother, nutritionist);
        var id = await BadInputSession.AsAsync<CommentService, int>(factory, nutritionist,
            comments => comments.AddAsync(mother.Id, CommentTarget.Day(Today), new CommentRequest { Text = payload }));
        var stored = await Given.ReadAsync(factory.Services, db => db.Comments.Where(c => c.Id == id).Select(c => c.Text).SingleAsync());
        return (stored, await PageAsync(mother, "/comments"));
    }

    private async Task<(string Stored, string Html)> PlanAsync(string payload)
    {
        var mother = await BadInputSession.MotherAsync(factory, "plans");
        var id = await BadInputSession.AsAsync<MealPlanService, int>(factory, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = payload, WeekStart = Today }));
        var stored = await Given.ReadAsync(factory.Services, db => db.MealPlans.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        return (stored, await PageAsync(mother, "/plans"));
    }

    private async Task<string> PageAsync(AppUser user, string path)
    {
        var response = await (await BadInputSession.SignedInBrowserAsync(factory, user)).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
