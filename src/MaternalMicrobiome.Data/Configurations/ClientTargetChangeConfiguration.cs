using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ClientTargetChangeConfiguration : IEntityTypeConfiguration<ClientTargetChange>
{
    public void Configure(EntityTypeBuilder<ClientTargetChange> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.ChangedById).HasMaxLength(450);
        builder.Property(c => c.ChangedByName).HasMaxLength(256);
        builder.Property(c => c.Setting).HasMaxLength(100);
        builder.Property(c => c.Before).HasMaxLength(100);
        builder.Property(c => c.After).HasMaxLength(100);
        builder.HasIndex(c => new { c.MotherId, c.At });
    }
}
