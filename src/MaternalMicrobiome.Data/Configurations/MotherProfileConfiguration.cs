using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class MotherProfileConfiguration : IEntityTypeConfiguration<MotherProfile>
{
    public void Configure(EntityTypeBuilder<MotherProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<MotherProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.TimeZoneId).HasMaxLength(ColumnLengths.TimeZoneId);
        builder.Ignore(p => p.Preferences);
    }
}
