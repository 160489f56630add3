using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ShoppingTickConfiguration : IEntityTypeConfiguration<ShoppingTick>
{
    public void Configure(EntityTypeBuilder<ShoppingTick> builder)
    {
        builder.HasKey(t => new { t.MealPlanId, t.FoodId });
        builder.HasOne<MealPlan>().WithMany().HasForeignKey(t => t.MealPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Food>().WithMany().HasForeignKey(t => t.FoodId).OnDelete(DeleteBehavior.Cascade);
    }
}
