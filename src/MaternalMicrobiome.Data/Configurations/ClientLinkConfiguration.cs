using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ClientLinkConfiguration : IEntityTypeConfiguration<ClientLink>
{
    public void Configure(EntityTypeBuilder<ClientLink> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.NutritionistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.MotherId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.InviteCode).HasMaxLength(ColumnLengths.InviteCode);
        builder.Property(l => l.EndedById).HasMaxLength(ColumnLengths.UserId);
        builder.HasIndex(l => l.InviteCode).IsUnique();

        // Access checks ask "is this nutritionist linked to this mother"; the roster asks "whose links are these".
        builder.HasIndex(l => new { l.NutritionistId, l.MotherId });
        builder.HasIndex(l => l.MotherId);
        builder.Ignore(l => l.IsActive);
    }
}
