using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class MealPlanConfiguration : IEntityTypeConfiguration<MealPlan>
{
    public void Configure(EntityTypeBuilder<MealPlan> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Title).HasMaxLength(ColumnLengths.PlanTitle);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.MealPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.MealNotes).WithOne().HasForeignKey(n => n.MealPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MotherId, p.WeekStart });
        builder.HasIndex(p => new { p.AuthorId, p.IsTemplate });
    }
}
