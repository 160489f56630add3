using MaternalMicrobiome.Data.Seeding;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>A food as the audit log records it (before and after a change): its seed-schema values and portions.</summary>
public sealed record FoodSnapshot(FoodSeedRow Values, IReadOnlyList<PortionEdit> Portions);
