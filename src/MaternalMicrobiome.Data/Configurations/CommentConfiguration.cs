using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.NutritionistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<MealPlan>().WithMany().HasForeignKey(c => c.MealPlanId).OnDelete(DeleteBehavior.Cascade);

        // A deleted entry leaves its comments on the day.
        builder.HasOne<MealEntry>().WithMany().HasForeignKey(c => c.MealEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Text).HasMaxLength(ColumnLengths.CommentText);
        builder.HasIndex(c => new { c.MotherId, c.Date });
        builder.HasIndex(c => new { c.NutritionistId, c.ReadAt });
    }
}
