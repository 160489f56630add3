using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Components.Pages.Profile;

/// <summary>The signed-in mother's own profile.</summary>
public sealed class ProfileService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, IValidator<ProfileRequest> validator)
{
    public async Task<ProfileRequest> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.MotherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return profile is null ? new ProfileRequest { StageKind = LifeStageKind.PlanningPregnancy } : ProfileRequest.From(profile);
    }

    public async Task SaveAsync(ProfileRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.MotherProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var updated = request.ToProfile(userId);
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
            profile.Units = updated.Units;
            profile.TimeZoneId = updated.TimeZoneId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
