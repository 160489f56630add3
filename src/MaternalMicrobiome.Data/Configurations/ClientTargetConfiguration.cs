using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ClientTargetConfiguration : IEntityTypeConfiguration<ClientTarget>
{
    public void Configure(EntityTypeBuilder<ClientTarget> builder)
    {
        // One override per mother and metric.
        builder.HasKey(t => new { t.MotherId, t.Metric });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.UpdatedById).HasMaxLength(ColumnLengths.UserId);
    }
}
