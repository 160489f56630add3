using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Profile;

/// <summary>The signed-in mother's own profile.</summary>
public sealed class ProfileService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, IValidator<ProfileRequest> validator)
{
    public async Task<ProfileRequest> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.MotherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            return new ProfileRequest { StageKind = LifeStageKind.PlanningPregnancy };
        }

        // A disliked food an admin has since merged away would make every later save fail: leave it out.
        var request = ProfileRequest.From(profile);
        request.DislikedFoodIds = (await VisibleFoodsAsync(db, userId, request.DislikedFoodIds, cancellationToken)).Select(f => f.Id).ToList();
        return request;
    }

    /// <summary>The names of the given foods she can see (shared, or her own), by name; unknown ids are left out.</summary>
    public async Task<IReadOnlyList<DislikedFood>> GetFoodsAsync(IReadOnlyCollection<int> foodIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(foodIds);
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await VisibleFoodsAsync(db, userId, foodIds, cancellationToken);
    }

    public async Task SaveAsync(ProfileRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = request.ToProfile(userId);
        var known = (await VisibleFoodsAsync(db, userId, updated.DislikedFoodIds, cancellationToken)).Select(f => f.Id).ToHashSet();
        var unknown = updated.DislikedFoodIds.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(
                nameof(ProfileRequest.DislikedFoodIds),
                $"Foods you dislike: {(unknown.Count == 1 ? "food" : "foods")} {string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} not in the catalog.")]);
        }

        var profile = await db.MotherProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            db.MotherProfiles.Add(updated);
        }
        else
        {
            profile.StageKind = updated.StageKind;
            profile.DueDate = updated.DueDate;
            profile.BabyBirthDate = updated.BabyBirthDate;
            profile.FeedingMode = updated.FeedingMode;
            profile.DietPattern = updated.DietPattern;
            profile.Exclusions = updated.Exclusions;
            profile.AvoidedAllergens = updated.AvoidedAllergens;
            profile.DislikedFoodIds = updated.DislikedFoodIds;
            profile.Units = updated.Units;
            profile.TimeZoneId = updated.TimeZoneId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<DislikedFood>> VisibleFoodsAsync(AppDbContext db, string userId, IReadOnlyCollection<int> foodIds, CancellationToken cancellationToken)
    {
        if (foodIds.Count == 0)
        {
            return [];
        }

        var ids = foodIds.Distinct().ToList();
        return await db.Foods.AsNoTracking()
            .Where(new FoodViewer(userId).CanSee)
            .Where(f => ids.Contains(f.Id))
            .OrderBy(f => f.Name)
            .Select(f => new DislikedFood(f.Id, f.Name))
            .ToListAsync(cancellationToken);
    }
}
