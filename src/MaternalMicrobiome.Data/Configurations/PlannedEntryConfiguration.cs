using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class PlannedEntryConfiguration : IEntityTypeConfiguration<PlannedEntry>
{
    public void Configure(EntityTypeBuilder<PlannedEntry> builder)
    {
        builder.HasOne(e => e.Food).WithMany().HasForeignKey(e => e.FoodId).OnDelete(DeleteBehavior.Restrict);

        // Deleting the logged entry makes the planned one "not logged" again.
        builder.HasOne<MealEntry>().WithMany().HasForeignKey(e => e.LoggedEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.PortionDescription).HasMaxLength(ColumnLengths.PortionDescription);
        builder.Property(e => e.Note).HasMaxLength(ColumnLengths.EntryNote);
        builder.HasIndex(e => new { e.MealPlanId, e.DayIndex });
        builder.Ignore(e => e.Quantity);
    }
}
