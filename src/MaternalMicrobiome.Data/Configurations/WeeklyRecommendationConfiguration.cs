using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class WeeklyRecommendationConfiguration : IEntityTypeConfiguration<WeeklyRecommendation>
{
    public const int MaxTextLength = 4000;

    public void Configure(EntityTypeBuilder<WeeklyRecommendation> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.NutritionistId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Text).HasMaxLength(MaxTextLength);
        builder.HasIndex(r => new { r.MotherId, r.NutritionistId, r.WeekStart }).IsUnique();
    }
}
