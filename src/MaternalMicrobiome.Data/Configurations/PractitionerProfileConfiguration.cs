using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class PractitionerProfileConfiguration : IEntityTypeConfiguration<PractitionerProfile>
{
    public const int MaxCredentialsLength = 100;
    public const int MaxPracticeNameLength = 150;

    public void Configure(EntityTypeBuilder<PractitionerProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<PractitionerProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Credentials).HasMaxLength(MaxCredentialsLength);
        builder.Property(p => p.PracticeName).HasMaxLength(MaxPracticeNameLength);
    }
}
