using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// A mother's profile and her nutritionist's client-specific targets: what scoring any of her days needs. Every page
/// that scores a day (her own or a client's, logged or planned) goes through here, so all agree on the numbers.
/// </summary>
public sealed record MotherTargets(MotherProfile Profile, IReadOnlyList<TargetOverride> Overrides)
{
    public LifeStage StageOn(DateOnly date) => Profile.StageOn(date);

    public TargetSet For(DateOnly date)
    {
        var stage = Profile.StageOn(date);
        return DefaultTargets.For(stage).WithOverrides(Overrides, stage);
    }

    /// <summary>Her profile (a planning-pregnancy default before she saves one) and her overrides.</summary>
    public static async Task<MotherTargets> LoadAsync(AppDbContext db, string motherId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.MotherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == motherId, cancellationToken)
            ?? new MotherProfile { UserId = motherId, StageKind = LifeStageKind.PlanningPregnancy };
        var overrides = await db.ClientTargets.AsNoTracking()
            .Where(t => t.MotherId == motherId)
            .Select(t => new TargetOverride(t.Metric, t.Value, t.Weight))
            .ToListAsync(cancellationToken);
        return new MotherTargets(profile, overrides);
    }
}
