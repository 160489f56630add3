using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class FavouriteFoodConfiguration : IEntityTypeConfiguration<FavouriteFood>
{
    public void Configure(EntityTypeBuilder<FavouriteFood> builder)
    {
        builder.HasKey(f => new { f.UserId, f.FoodId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Food>().WithMany().HasForeignKey(f => f.FoodId).OnDelete(DeleteBehavior.Cascade);
    }
}
