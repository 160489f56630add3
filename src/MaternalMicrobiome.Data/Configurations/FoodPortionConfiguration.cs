using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class FoodPortionConfiguration : IEntityTypeConfiguration<FoodPortion>
{
    public void Configure(EntityTypeBuilder<FoodPortion> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(ColumnLengths.PortionDescription);
        builder.HasIndex(p => new { p.FoodId, p.Sequence });
    }
}
