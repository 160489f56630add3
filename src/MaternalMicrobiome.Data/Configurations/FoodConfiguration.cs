using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class FoodConfiguration : IEntityTypeConfiguration<Food>
{
    public void Configure(EntityTypeBuilder<Food> builder)
    {
        builder.HasIndex(f => f.Key).IsUnique();
        builder.Property(f => f.Key).HasMaxLength(ColumnLengths.SeedKey);
        builder.Property(f => f.Name).HasMaxLength(ColumnLengths.FoodName);
        builder.Property(f => f.FoodGroup).HasMaxLength(ColumnLengths.FoodGroup);
        builder.Property(f => f.UsdaNdbId).HasMaxLength(ColumnLengths.UsdaNdbId);
        builder.Property(f => f.CurationNote).HasMaxLength(ColumnLengths.CurationNote);
        builder.Property(f => f.SeedHash).HasMaxLength(ColumnLengths.SeedHash);
        builder.Property(f => f.LibrarySourceKey).HasMaxLength(ColumnLengths.SeedKey);
        builder.Ignore(f => f.IsFromLibrary);
        builder.HasMany(f => f.Portions).WithOne().HasForeignKey(p => p.FoodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Ingredients).WithOne().HasForeignKey(i => i.RecipeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.OwnerId);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsPlant);
        builder.Ignore(f => f.IsRecipe);
        builder.Ignore(f => f.IsPlainDrink);
        builder.Ignore(f => f.PrenatalValues);
    }
}
