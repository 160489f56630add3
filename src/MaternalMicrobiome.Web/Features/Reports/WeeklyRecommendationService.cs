using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// The recommendations section of a weekly report: written by the client's linked nutritionist (404 for any other, as
/// the report itself), read by her in the report and by the client on her "My nutritionist" page; no one else.
/// </summary>
public sealed class WeeklyRecommendationService(
    IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, ClientAccess clientAccess, IValidator<RecommendationRequest> validator, TimeProvider clock)
{
    /// <summary>How many recent weeks the client's page lists.</summary>
    public const int RecentWeeks = 12;

    /// <summary>Saves this nutritionist's recommendations for the client's week; empty text removes them.</summary>
    public async Task SaveAsync(string clientId, DateOnly weekStart, RecommendationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(request);
        await currentUser.RequireAsync(Roles.Nutritionist);
        ReportWeek.Require(weekStart, LocalDate.Today(clock, null));
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var nutritionistId = await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var text = request.Text.Trim();
        var saved = await db.WeeklyRecommendations
            .SingleOrDefaultAsync(r => r.MotherId == clientId && r.NutritionistId == nutritionistId && r.WeekStart == weekStart, cancellationToken);
        if (text.Length == 0)
        {
            if (saved is not null)
            {
                db.WeeklyRecommendations.Remove(saved);
            }
        }
        else if (saved is null)
        {
            db.WeeklyRecommendations.Add(new WeeklyRecommendation
            {
                MotherId = clientId, NutritionistId = nutritionistId, WeekStart = weekStart, Text = text, UpdatedAt = clock.GetUtcNow(),
            });
        }
        else
        {
            saved.Text = text;
            saved.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The signed-in mother's recommendations of her most recent report weeks, newest first.</summary>
    public async Task<IReadOnlyList<MyRecommendation>> ListMineAsync(CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
                from r in db.WeeklyRecommendations.AsNoTracking()
                where r.MotherId == motherId
                join u in db.Users on r.NutritionistId equals u.Id
                orderby r.WeekStart descending, r.Id descending
                select new MyRecommendation(r.WeekStart, u.DisplayName, r.Text))
            .Take(RecentWeeks)
            .ToListAsync(cancellationToken);
    }

}
