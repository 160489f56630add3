using MaternalMicrobiome.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class PlannedMealNoteConfiguration : IEntityTypeConfiguration<PlannedMealNote>
{
    public const int MaxTextLength = 500;

    public void Configure(EntityTypeBuilder<PlannedMealNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(MaxTextLength);

        // One note per meal of a day: saving again replaces it.
        builder.HasIndex(n => new { n.MealPlanId, n.DayIndex, n.Slot }).IsUnique();
    }
}
