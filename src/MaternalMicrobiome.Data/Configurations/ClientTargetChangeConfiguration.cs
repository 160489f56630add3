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
        builder.Property(c => c.ChangedById).HasMaxLength(ColumnLengths.UserId);
        builder.Property(c => c.ChangedByName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(c => c.Setting).HasMaxLength(ColumnLengths.TargetSetting);
        builder.Property(c => c.Before).HasMaxLength(ColumnLengths.TargetSetting);
        builder.Property(c => c.After).HasMaxLength(ColumnLengths.TargetSetting);
        builder.HasIndex(c => new { c.MotherId, c.At });
    }
}
