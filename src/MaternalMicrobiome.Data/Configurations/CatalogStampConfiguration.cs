using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class CatalogStampConfiguration : IEntityTypeConfiguration<CatalogStamp>
{
    public void Configure(EntityTypeBuilder<CatalogStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();

        // The row exists from the first migration on, so a change only ever updates it.
        builder.HasData(new CatalogStamp { Id = CatalogStamp.SingleId, Version = Guid.Empty });
    }
}
