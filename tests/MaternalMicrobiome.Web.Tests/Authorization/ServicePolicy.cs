using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Audit;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Notifications;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Features.PracticeDetails;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Trends;
using MaternalMicrobiome.Web.Features.Week;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// DESIGN.md section 5 as a table: every service method that touches user data, tried by every actor on the owner's
/// data. "Her" is the owner. The owner calls with no client id (her own data); everyone else passes her id, which is
/// how a nutritionist reads a client. A = allowed, D = AccessDeniedException (403), N = NotFoundException (404),
/// V = ValidationException saying "not in the catalog", as for a food id that does not exist. "callersOwn" rows read
/// the caller's own things (My foods: a nutritionist's are her recipe library), so not even her linked nutritionist
/// may see the owner's data in them.
/// Mother-only operations on the caller's own data (add an entry, save a check-in) are allowed to the other mother too:
/// she writes her own, never the owner's. Every allowed result of anyone but the owner and her linked nutritionist is
/// checked for the owner's data; every refusal is checked to have written nothing.
/// </summary>
public static class ServicePolicy
{
    private const Outcome A = Outcome.Allowed;
    private const Outcome D = Outcome.Denied;
    private const Outcome N = Outcome.NotFound;
    private const Outcome V = Outcome.Invalid;

    public static IReadOnlyList<ServiceRow> Rows { get; } =
    [
        //  operation                                                  Anon Owner Other Linked Unlinked Ended Admin
        // ----- her day, week, trends, check-in, targets: own data, or a linked nutritionist's audited read -----
        Read("MealLogService.GetDayAsync(her day)",                      D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealLogService>().GetDayAsync(ServiceCall.Today, c.ClientId), showsMarker: true),
        Read("MealLogService.TodayAsync(her today)",                     D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealLogService>().TodayAsync(c.ClientId)),
        Read("MealLogService.LocalNowAsync(her clock)",                  D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealLogService>().LocalNowAsync(c.ClientId)),
        Read("CheckInService.GetAsync(her check-in)",                    D,   A,    D,    A,     N,       N,    D, async c => await c.Get<CheckInService>().GetAsync(ServiceCall.Today, c.ClientId)),
        Read("WeekService.GetWeekAsync(her week)",                       D,   A,    D,    A,     N,       N,    D, async c => await c.Get<WeekService>().GetWeekAsync(ServiceCall.Today, c.ClientId)),
        Read("WeekService.GetPrenatalNutrientsAsync(her week)",          D,   A,    D,    A,     N,       N,    D, async c => await c.Get<WeekService>().GetPrenatalNutrientsAsync(ServiceCall.Today, c.ClientId)),
        Read("TrendsService.GetAsync(her trends)",                       D,   A,    D,    A,     N,       N,    D, async c => await c.Get<TrendsService>().GetAsync(ServiceCall.Today, 4, c.ClientId)),
        Read("ClientTargetService.GetAsync(her targets)",                D,   A,    D,    A,     N,       N,    D, async c => await c.Get<ClientTargetService>().GetAsync(c.ClientId)),
        Read("ClientReviewService.GetClientAsync(her)",                  D,   D,    D,    A,     N,       N,    D, async c => await c.Get<ClientReviewService>().GetClientAsync(c.Owner.Id)),
        Read("WeeklyReportService.GetAsync(her week)",                   D,   D,    D,    A,     N,       N,    D, async c => await c.Get<WeeklyReportService>().GetAsync(c.Owner.Id, ServiceCall.Today.AddDays(-6)), showsMarker: true),
        Does("WeeklyRecommendationService.SaveAsync(her week)",          D,   D,    D,    A,     N,       N,    D, c => c.Get<WeeklyRecommendationService>().SaveAsync(c.Owner.Id, ServiceCall.Today.AddDays(-13), new RecommendationRequest { Text = "Matrix advice" })),
        Read("WeeklyRecommendationService.ListMineAsync(own)",           D,   A,    A,    D,     D,       D,    D, async c => await c.Get<WeeklyRecommendationService>().ListMineAsync(), showsMarker: true),
        Does("ClientTargetService.SaveAsync(her targets)",               D,   D,    D,    A,     N,       N,    D, c => c.Get<ClientTargetService>().SaveAsync(c.Owner.Id, new ClientTargetsRequest())),
        Read("PracticeDetailsService.GetAsync(own)",                     D,   D,    D,    A,     A,       A,    D, async c => await c.Get<PracticeDetailsService>().GetAsync()),
        Does("PracticeDetailsService.SaveAsync(own)",                    D,   D,    D,    A,     A,       A,    D, async c => await c.Get<PracticeDetailsService>().SaveAsync(await c.Get<PracticeDetailsService>().GetAsync())),
        Read("RosterService.GetAsync",                                   D,   D,    D,    A,     A,       A,    D, async c => await c.Get<RosterService>().GetAsync()),

        // ----- her log: mother only, her own entries only -----
        Read("MealLogService.GetSuggestionsAsync(own day)",              D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().GetSuggestionsAsync(ServiceCall.Today)),
        Read("MealLogService.GetEntryAsync(her entry)",                  D,   A,    N,    D,     D,       D,    D, async c => await c.Get<MealLogService>().GetEntryAsync(c.World.EntryId), showsMarker: true),
        Read("MealLogService.AddAsync(own log, shared food)",            D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().AddAsync(new MealEntryRequest { Date = ServiceCall.Today, FoodId = c.World.LentilsId, Amount = 100 })),
        Read("MealLogService.AddAsync(own log, her private food)",       D,   A,    V,    D,     D,       D,    D, async c => await c.Get<MealLogService>().AddAsync(new MealEntryRequest { Date = ServiceCall.Today, FoodId = c.World.PrivateFoodId, Amount = 100 })),
        Does("MealLogService.UpdateAsync(her entry)",                    D,   A,    N,    D,     D,       D,    D, c => c.Get<MealLogService>().UpdateAsync(c.World.EntryId, c.World.EntryRequest())),
        Read("MealLogService.LastQuantityAsync(own log, her food)",      D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().LastQuantityAsync(c.World.PrivateFoodId)),
        Read("MealLogService.RestoreAsync(own log, shared food)",        D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().RestoreAsync(new MealEntryRequest { Date = ServiceCall.Today, FoodId = c.World.LentilsId, Amount = 100 })),
        Does("MealLogService.DeleteAsync(her entry)",                    D,   A,    N,    D,     D,       D,    D, c => c.Get<MealLogService>().DeleteAsync(c.Fresh<int>()), w => w.FreshEntryAsync()),
        Read("MealLogService.AddQuickDrinkAsync(own log)",               D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().AddQuickDrinkAsync(ServiceCall.Today, "usda-14411")),
        Read("MealLogService.CountAsync(own day)",                       D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().CountAsync(ServiceCall.Today)),
        Read("MealLogService.CopyAsync(own days)",                       D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MealLogService>().CopyAsync(ServiceCall.Today.AddDays(-3), ServiceCall.Today.AddDays(-2))),
        Does("CheckInService.SaveAsync(own check-in)",                   D,   A,    A,    D,     D,       D,    D, c => c.Get<CheckInService>().SaveAsync(ServiceCall.Today, new CheckInRequest { SleepHours = 7 })),

        // ----- her profile, foods, favourites and data -----
        Read("ProfileService.GetAsync(own)",                             D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ProfileService>().GetAsync()),
        Read("ProfileService.GetFoodsAsync(her private food)",           D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ProfileService>().GetFoodsAsync([c.World.PrivateFoodId]), showsMarker: true),
        Does("ProfileService.SaveAsync(own)",                            D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ProfileService>().SaveAsync(await c.Get<ProfileService>().GetAsync())),
        Read("NotificationSettingsService.GetAsync(own)",                D,   A,    A,    A,     A,       A,    D, async c => await c.Get<NotificationSettingsService>().GetAsync()),
        Does("NotificationSettingsService.SaveAsync(own)",               D,   A,    A,    A,     A,       A,    D, async c => await c.Get<NotificationSettingsService>().SaveAsync(await c.Get<NotificationSettingsService>().GetAsync())),
        Read("MyFoodsService.ListAsync(own)",                            D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MyFoodsService>().ListAsync(), showsMarker: true, callersOwn: true),
        Read("MyFoodsService.GetCustomFoodAsync(her food)",              D,   A,    N,    N,     N,       N,    D, async c => await c.Get<MyFoodsService>().GetCustomFoodAsync(c.World.PrivateFoodId), showsMarker: true, callersOwn: true),
        Read("MyFoodsService.CreateCustomFoodAsync(own)",                D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MyFoodsService>().CreateCustomFoodAsync(TestFoods.Sourdough())),
        Does("MyFoodsService.UpdateCustomFoodAsync(her food)",           D,   A,    N,    N,     N,       N,    D, c => c.Get<MyFoodsService>().UpdateCustomFoodAsync(c.World.PrivateFoodId, MatrixWorld.PrivateFood())),
        Read("MyFoodsService.GetRecipeAsync(her recipe)",                D,   A,    N,    N,     N,       N,    D, async c => await c.Get<MyFoodsService>().GetRecipeAsync(c.World.RecipeId), showsMarker: true, callersOwn: true),
        Read("MyFoodsService.CreateRecipeAsync(own)",                    D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MyFoodsService>().CreateRecipeAsync(TestFoods.Recipe("Matrix soup", 1, (c.World.LentilsId, 200)))),
        Does("MyFoodsService.UpdateRecipeAsync(her recipe)",             D,   A,    N,    N,     N,       N,    D, c => c.Get<MyFoodsService>().UpdateRecipeAsync(c.World.RecipeId, TestFoods.Recipe($"{MatrixWorld.HealthMarker} soup", 2, (c.World.LentilsId, 300)))),
        Read("MyFoodsService.CreateRecipeAsync(with her private food)",  D,   A,    V,    V,     V,       V,    D, async c => await c.Get<MyFoodsService>().CreateRecipeAsync(TestFoods.Recipe("Matrix bread", 1, (c.World.PrivateFoodId, 200)))),
        Does("MyFoodsService.DeleteAsync(her food)",                     D,   A,    N,    N,     N,       N,    D, c => c.Get<MyFoodsService>().DeleteAsync(c.Fresh<int>()), w => w.FreshPrivateFoodAsync()),
        Read("MyFoodsService.GetIngredientFoodsAsync(her food)",         D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MyFoodsService>().GetIngredientFoodsAsync([c.World.PrivateFoodId]), showsMarker: true, callersOwn: true),
        Read("MyFoodsService.GetKnownSpeciesAsync",                      D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MyFoodsService>().GetKnownSpeciesAsync(), showsMarker: true, callersOwn: true),
        Read("FavouritesService.IsFavouriteAsync(her food)",             D,   A,    A,    D,     D,       D,    D, async c => await c.Get<FavouritesService>().IsFavouriteAsync(c.World.PrivateFoodId)),
        Does("FavouritesService.ToggleAsync(her food), twice",           D,   A,    N,    D,     D,       D,    D, async c => { await c.Get<FavouritesService>().ToggleAsync(c.World.PrivateFoodId); await c.Get<FavouritesService>().ToggleAsync(c.World.PrivateFoodId); }),
        Read("FoodSearchService.SearchAsync(her food's name)",           A,   A,    A,    A,     A,       A,    A, async c => await c.Get<FoodSearchService>().SearchAsync(MatrixWorld.HealthMarker)),
        Read("CatalogService.SearchAsync(her food's name)",          D,   A,    A,    A,     A,       A,    A, async c => await c.Get<CatalogService>().SearchAsync(MatrixWorld.HealthMarker)),
        Read("CatalogService.GetFoodAsync(her food)",                    N,   A,    N,    N,     N,       N,    N, async c => await c.Get<CatalogService>().GetFoodAsync(c.World.PrivateFoodId), showsMarker: true),
        Read("FoodSearchService.SearchAsync(her food's name, as her)",   D,   A,    D,    A,     N,       N,    D, async c => await c.Get<FoodSearchService>().SearchAsync(MatrixWorld.HealthMarker, 20, c.ClientId), showsMarker: true),
        Read("CatalogService.GetFoodAsync(her food, as her)",            D,   A,    D,    A,     N,       N,    D, async c => await c.Get<CatalogService>().GetFoodAsync(c.World.PrivateFoodId, c.ClientId), showsMarker: true),
        Read("MyDataService.ExportJsonAsync(own)",                       D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MyDataService>().ExportJsonAsync(), showsMarker: true),
        Read("MyDataService.ExportEntriesCsvAsync(own)",                 D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MyDataService>().ExportEntriesCsvAsync(), showsMarker: true),
        Read("MyDataService.DeleteAccountAsync(wrong password)",         D,   A,    A,    D,     D,       D,    D, async c => await c.Get<MyDataService>().DeleteAccountAsync("Not-the-password-1!")),

        // ----- comments: on her days with her current nutritionist -----
        // A nutritionist whose link ended is told so (403 with "…ended the link…"), so an open client page shows why; a
        // nutritionist never linked still gets 404.
        Read("CommentService.GetThreadsAsync(her day)",                  D,   A,    D,    A,     N,       D,    D, async c => await c.Get<CommentService>().GetThreadsAsync(c.ClientId, CommentTarget.Day(ServiceCall.Today)), showsMarker: true),
        Read("CommentService.CanCommentAsync(her)",                      D,   A,    D,    A,     N,       D,    D, async c => await c.Get<CommentService>().CanCommentAsync(c.ClientId)),
        Read("CommentService.GetMyThreadsAsync(own)",                    D,   A,    A,    D,     D,       D,    D, async c => await c.Get<CommentService>().GetMyThreadsAsync(), showsMarker: true),
        Read("CommentService.AddAsync(her day)",                         D,   A,    D,    A,     N,       D,    D, async c => await c.Get<CommentService>().AddAsync(c.ClientId, CommentTarget.Day(ServiceCall.Today), new CommentRequest { Text = "Matrix comment" })),
        Read("CommentService.ReplyAsync(her thread)",                    D,   A,    D,    A,     N,       D,    D, async c => await c.Get<CommentService>().ReplyAsync(c.ClientId, c.World.ThreadId, new CommentRequest { Text = "Matrix reply" })),
        Read("CommentService.ReplyAsync(her thread, as own)",            D,   A,    N,    D,     D,       D,    D, async c => await c.Get<CommentService>().ReplyAsync(null, c.World.ThreadId, new CommentRequest { Text = "Matrix reply" })),
        Does("CommentService.SetResolvedAsync(her thread)",              D,   A,    D,    A,     N,       D,    D, c => c.Get<CommentService>().SetResolvedAsync(c.ClientId, c.World.ThreadId, false)),
        Does("CommentService.MarkReadAsync(her thread)",                 D,   A,    D,    A,     N,       D,    D, c => c.Get<CommentService>().MarkReadAsync(c.ClientId, [c.World.ThreadId])),
        Read("CommentService.GetInboxAsync(own inbox)",                 D,   D,    D,    A,     A,       A,    D, async c => await c.Get<CommentService>().GetInboxAsync()),
        Read("CommentService.UnreadCountAsync(own)",                     A,   A,    A,    A,     A,       A,    A, async c => await c.Get<CommentService>().UnreadCountAsync()),

        // ----- plans: hers, read and edited by her linked nutritionist -----
        Read("MealPlanService.ListAsync(her plans)",                     D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().ListAsync(c.ClientId), showsMarker: true),
        Read("MealPlanService.NextMondayAsync(her)",                     D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().NextMondayAsync(c.ClientId)),
        Read("MealPlanService.CreateAsync(for her)",                     D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().CreateAsync(c.ClientId, new NewPlanRequest { Title = "Matrix week", WeekStart = ServiceCall.Today })),
        Read("MealPlanService.ListTemplatesAsync(own)",                  D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MealPlanService>().ListTemplatesAsync()),
        Does("MealPlanService.DeleteTemplateAsync(her template)",        D,   A,    N,    N,     N,       N,    D, c => c.Get<MealPlanService>().DeleteTemplateAsync(c.Fresh<int>()), w => w.FreshTemplateAsync()),
        Read("MealPlanService.GetAsync(her plan)",                       D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().GetAsync(c.World.PlanId), showsMarker: true),
        Read("MealPlanService.GetSuggestionsAsync(her plan)",            D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().GetSuggestionsAsync(c.World.PlanId, 0)),
        Does("MealPlanService.AddEntryAsync(her plan)",                  D,   A,    N,    A,     N,       N,    D, c => c.Get<MealPlanService>().AddEntryAsync(c.World.PlanId, c.Fresh<Guid>(), new PlannedEntryRequest { DayIndex = 1, FoodId = c.World.LentilsId, Amount = 50 }), w => w.PlanVersionAsync()),
        Does("MealPlanService.RemoveEntryAsync(her plan)",               D,   A,    N,    A,     N,       N,    D, c => RemovePlannedEntryAsync(c), w => w.FreshPlannedEntryAsync()),
        Read("MealPlanService.CopyDayAsync(her plan)",                   D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().CopyDayAsync(c.World.PlanId, c.Fresh<Guid>(), 3, 4), w => w.PlanVersionAsync()),
        Does("MealPlanService.ShareAsync(her plan)",                     D,   D,    N,    A,     N,       N,    D, c => c.Get<MealPlanService>().ShareAsync(c.World.PlanId, c.Fresh<Guid>()), w => w.PlanVersionAsync()),
        Does("MealPlanService.AcceptAsync(her plan)",                    D,   A,    N,    D,     N,       N,    D, c => c.Get<MealPlanService>().AcceptAsync(c.World.PlanId, c.Fresh<Guid>()), w => w.PlanVersionAsync()),
        Read("MealPlanService.SaveAsTemplateAsync(her plan)",            D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().SaveAsTemplateAsync(c.World.PlanId, "Matrix template")),
        Read("MealPlanService.LogEntryAsync(her plan)",                  D,   A,    N,    D,     N,       N,    D, async c => await c.Get<MealPlanService>().LogEntryAsync(c.World.PlanId, c.World.PlannedEntryId)),
        Read("MealPlanService.LogMealAsync(her plan)",                   D,   A,    N,    D,     N,       N,    D, async c => await c.Get<MealPlanService>().LogMealAsync(c.World.PlanId, 0, MealSlot.Lunch)),
        Read("MealPlanService.GetShoppingListAsync(her plan)",           D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().GetShoppingListAsync(c.World.PlanId), showsMarker: true),
        Read("MealPlanService.ExportShoppingCsvAsync(her plan)",         D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().ExportShoppingCsvAsync(c.World.PlanId), showsMarker: true),
        Does("MealPlanService.SetHaveAsync(her plan's food)",            D,   A,    N,    A,     N,       N,    D, c => c.Get<MealPlanService>().SetHaveAsync(c.World.PlanId, c.World.PrivateFoodId, true)),
        Read("MealPlanService.CopyMealAsync(her plan)",                  D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().CopyMealAsync(c.World.PlanId, c.Fresh<Guid>(), 0, MealSlot.Lunch, 4), w => w.PlanVersionAsync()),
        Read("MealPlanService.MoveMealAsync(her plan)",                  D,   A,    N,    A,     N,       N,    D, async c => await MovePlannedMealAsync(c), w => w.FreshPlannedEntryAsync()),
        Does("MealPlanService.SetMealNoteAsync(her plan)",               D,   A,    N,    A,     N,       N,    D, c => c.Get<MealPlanService>().SetMealNoteAsync(c.World.PlanId, c.Fresh<Guid>(), new MealNoteRequest { DayIndex = 0, Slot = MealSlot.Lunch, Text = $"{MatrixWorld.HealthMarker} meal note" }), w => w.PlanVersionAsync()),
        Read("MealPlanService.ApplyTemplateDayAsync(her plan, own one)", D,   A,    N,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().ApplyTemplateDayAsync(c.World.PlanId, c.Fresh<MatrixTemplates>().Version, c.Fresh<MatrixTemplates>().For(c.Actor), 0, 5), w => w.FreshTemplatesAsync()),
        Read("MealPlanService.ApplyTemplateDayAsync(another's template)", D,   N,    N,    N,     N,       N,    D, async c => await c.Get<MealPlanService>().ApplyTemplateDayAsync(c.World.PlanId, c.Fresh<MatrixTemplates>().Version, c.Fresh<MatrixTemplates>().NotFor(c.Actor), 0, 5), w => w.FreshTemplatesAsync()),
        Read("MealPlanService.ApplyTemplateAsync(her week, own one)",    D,   A,    D,    A,     N,       N,    D, async c => await c.Get<MealPlanService>().ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = c.Fresh<MatrixTemplates>().For(c.Actor), ClientId = c.ClientId, WeekStart = ServiceCall.Today }), w => w.FreshTemplatesAsync()),
        Read("MealPlanService.ApplyTemplateAsync(another's template)",    D,   N,    D,    N,     N,       N,    D, async c => await c.Get<MealPlanService>().ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = c.Fresh<MatrixTemplates>().NotFor(c.Actor), ClientId = c.ClientId, WeekStart = ServiceCall.Today }), w => w.FreshTemplatesAsync()),
        Read("MealPlanService.ListPlanClientsAsync",                     D,   A,    A,    A,     A,       A,    D, async c => await c.Get<MealPlanService>().ListPlanClientsAsync()),

        // ----- links: invites and consent -----
        Read("ClientLinkService.CreateInviteAsync",                      D,   D,    D,    A,     A,       A,    D, async c => await c.Get<ClientLinkService>().CreateInviteAsync()),
        Read("ClientLinkService.EmailInviteAsync",                       D,   D,    D,    A,     A,       A,    D, async c => await c.Get<ClientLinkService>().EmailInviteAsync(new InviteEmailRequest { Email = "matrix-invite@test.local" })),
        Read("ClientLinkService.GetOverviewAsync",                       D,   D,    D,    A,     A,       A,    D, async c => await c.Get<ClientLinkService>().GetOverviewAsync()),
        Does("ClientLinkService.RevokeInviteAsync(linked's invite)",     D,   D,    D,    A,     N,       N,    D, c => c.Get<ClientLinkService>().RevokeInviteAsync(c.Fresh<int>()), w => w.FreshInviteAsync()),
        Does("ClientLinkService.EndClientLinkAsync(a client of linked)", D,   D,    D,    A,     N,       N,    D, c => c.Get<ClientLinkService>().EndClientLinkAsync(c.Fresh<string>()), w => w.FreshClientAsync()),
        Read("ClientLinkService.PreviewAsync(an invite)",                D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ClientLinkService>().PreviewAsync(new InviteCodeRequest { Code = c.Fresh<string>() }), w => w.FreshInviteCodeAsync()),
        Read("ClientLinkService.GetMyLinkAsync(own)",                    D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ClientLinkService>().GetMyLinkAsync()),
        Read("ClientLinkService.GetAccessLogAsync(own)",                 D,   A,    A,    D,     D,       D,    D, async c => await c.Get<ClientLinkService>().GetAccessLogAsync(0, 20)),
        Does("ClientLinkService.ConsentAsync(an invite), then ended",     D,   V,    A,    D,     D,       D,    D, ConsentThenEndAsync, w => w.FreshInviteCodeAsync()),
        Does("ClientLinkService.EndMyLinkAsync(own), then relinked",     D,   A,    N,    D,     D,       D,    D, EndMyLinkThenRelinkAsync),

        // ----- curation, users and audit: admins only; mothers' private foods never reach them -----
        Read("FoodAdminService.ListAsync",                               D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().ListAsync(new FoodGridQuery { NameContains = MatrixWorld.HealthMarker })),
        Read("FoodAdminService.ListFoodGroupsAsync",                     D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().ListFoodGroupsAsync()),
        Read("FoodAdminService.GetForEditAsync(catalog food)",           D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().GetForEditAsync(c.World.OatsId)),
        Read("FoodAdminService.GetForEditAsync(her private food)",       D,   D,    D,    D,     D,       D,    N, async c => await c.Get<FoodAdminService>().GetForEditAsync(c.World.PrivateFoodId)),
        Read("FoodAdminService.CreateAsync",                             D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().CreateAsync(TestFoods.NewFood())),
        Read("FoodAdminService.UpdateAsync(catalog food)",               D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().UpdateAsync(c.Fresh<(int Id, FoodEditRequest Request)>().Id, c.Fresh<(int Id, FoodEditRequest Request)>().Request), w => w.FreshCatalogFoodAsync()),
        Read("FoodAdminService.UpdateAsync(her private food)",           D,   D,    D,    D,     D,       D,    N, async c => await c.Get<FoodAdminService>().UpdateAsync(c.World.PrivateFoodId, TestFoods.NewFood())),
        Read("FoodAdminService.SearchAsync(her food's name)",            D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().SearchAsync(MatrixWorld.HealthMarker)),
        Read("FoodAdminService.MergeAsync(catalog duplicates)",          D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodAdminService>().MergeAsync(c.Fresh<(int, int)>().Item1, c.Fresh<(int, int)>().Item2), w => w.FreshCatalogPairAsync()),
        Read("FoodAdminService.MergeAsync(her private food)",            D,   D,    D,    D,     D,       D,    N, async c => await c.Get<FoodAdminService>().MergeAsync(c.World.OatsId, c.World.PrivateFoodId)),
        Read("FoodCsvService.ExportAsync",                               D,   D,    D,    D,     D,       D,    A, ExportCatalogCsvAsync),
        Read("FoodCsvService.ImportAsync(dry run)",                      D,   D,    D,    D,     D,       D,    A, async c => await c.Get<FoodCsvService>().ImportAsync(TestFoods.Csv((TestFoods.Row(TestFoods.NewKey()), string.Empty)), dryRun: true)),
        Read("ReferenceAdminService.ListAsync",                          D,   D,    D,    D,     D,       D,    A, async c => await c.Get<ReferenceAdminService>().ListAsync()),
        Read("ReferenceAdminService.GetForEditAsync",                    D,   D,    D,    D,     D,       D,    A, async c => await c.Get<ReferenceAdminService>().GetForEditAsync(c.World.ReferenceId)),
        Read("ReferenceAdminService.CreateAsync",                        D,   D,    D,    D,     D,       D,    A, async c => await c.Get<ReferenceAdminService>().CreateAsync(MatrixWorld.NewReference())),
        Does("ReferenceAdminService.UpdateAsync",                        D,   D,    D,    D,     D,       D,    A, c => c.Get<ReferenceAdminService>().UpdateAsync(c.Fresh<(int Id, ReferenceEditRequest Request)>().Id, c.Fresh<(int Id, ReferenceEditRequest Request)>().Request), w => w.FreshReferenceAsync()),
        Read("UserAdminService.ListAsync",                               D,   D,    D,    D,     D,       D,    A, async c => await c.Get<UserAdminService>().ListAsync()),
        Does("UserAdminService.SetRoleAsync(a mother)",                  D,   D,    D,    D,     D,       D,    A, c => c.Get<UserAdminService>().SetRoleAsync(c.Fresh<string>(), Roles.Nutritionist), w => w.FreshUserAsync()),
        Does("UserAdminService.DeactivateAsync(a mother)",               D,   D,    D,    D,     D,       D,    A, c => c.Get<UserAdminService>().DeactivateAsync(c.Fresh<string>()), w => w.FreshUserAsync()),
        Does("UserAdminService.ReactivateAsync(a deactivated mother)",   D,   D,    D,    D,     D,       D,    A, c => c.Get<UserAdminService>().ReactivateAsync(c.Fresh<string>()), w => w.FreshDeactivatedUserAsync()),
        Read("UserAdminService.InviteNutritionistAsync",                 D,   D,    D,    D,     D,       D,    A, InviteNutritionistAsync),
        Read("AuditTrailService.ListAsync",                              D,   D,    D,    D,     D,       D,    A, async c => await c.Get<AuditTrailService>().ListAsync(new AuditQuery())),
        Read("AuditTrailService.ListActionsAsync",                       D,   D,    D,    D,     D,       D,    A, async c => await c.Get<AuditTrailService>().ListActionsAsync()),
    ];

    private static ServiceRow Read(
        string name, Outcome anonymous, Outcome owner, Outcome otherMother, Outcome linked, Outcome unlinked, Outcome ended, Outcome admin,
        Func<ServiceCall, Task<object?>> run, Func<MatrixWorld, Task<object>>? prepare = null, bool showsMarker = false, bool callersOwn = false) =>
        new(name, anonymous, owner, otherMother, linked, unlinked, ended, admin, run, prepare, showsMarker, callersOwn);

    private static ServiceRow Does(
        string name, Outcome anonymous, Outcome owner, Outcome otherMother, Outcome linked, Outcome unlinked, Outcome ended, Outcome admin,
        Func<ServiceCall, Task> run, Func<MatrixWorld, Task<object>>? prepare = null) =>
        new(name, anonymous, owner, otherMother, linked, unlinked, ended, admin, async c =>
        {
            await run(c);
            return null;
        }, prepare);

    private static async Task<object?> ExportCatalogCsvAsync(ServiceCall c)
    {
        using var output = new MemoryStream();
        await c.Get<FoodCsvService>().ExportAsync(output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private static async Task<object?> InviteNutritionistAsync(ServiceCall c)
    {
        Given.AtAppAddress(c.Get<Microsoft.AspNetCore.Components.NavigationManager>());
        return await c.Get<UserAdminService>().InviteNutritionistAsync(new NutritionistInviteRequest { DisplayName = "Invited", Email = $"invited-{Guid.NewGuid():N}@test.local" });
    }

    private static Task RemovePlannedEntryAsync(ServiceCall c)
    {
        var (entryId, version) = c.Fresh<(int, Guid)>();
        return c.Get<MealPlanService>().RemoveEntryAsync(c.World.PlanId, version, entryId);
    }

    /// <summary>Moves the fresh planned food's meal (day 6's snack) to day 5, leaving the plan's other rows' foods where they are.</summary>
    private static Task<int> MovePlannedMealAsync(ServiceCall c)
    {
        var (_, version) = c.Fresh<(int, Guid)>();
        return c.Get<MealPlanService>().MoveMealAsync(c.World.PlanId, version, 6, MealSlot.Snack, 5, MealSlot.Snack);
    }

    /// <summary>Consents to a fresh invite; a mother who had no link is linked, then ends it so the rest of the matrix holds.</summary>
    private static async Task ConsentThenEndAsync(ServiceCall c)
    {
        await c.Get<ClientLinkService>().ConsentAsync(new InviteCodeRequest { Code = c.Fresh<string>() });
        await c.Get<ClientLinkService>().EndMyLinkAsync();
    }

    /// <summary>Ends the caller's own link; when that was the owner's, links her again so the rest of the matrix holds.</summary>
    private static async Task EndMyLinkThenRelinkAsync(ServiceCall c)
    {
        await c.Get<ClientLinkService>().EndMyLinkAsync();
        if (c.Actor == Actor.Owner)
        {
            await Given.LinkAsync(c.World.Services, c.Owner, c.World.Linked);
        }
    }
}
