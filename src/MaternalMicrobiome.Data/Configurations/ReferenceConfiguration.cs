using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<Reference>
{
    public void Configure(EntityTypeBuilder<Reference> builder)
    {
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Key).HasMaxLength(64);
        builder.Property(r => r.Authors).HasMaxLength(1000);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.Property(r => r.Doi).HasMaxLength(200);
        builder.Property(r => r.Url).HasMaxLength(500);
        builder.Property(r => r.StudyType).HasMaxLength(100);
        builder.Property(r => r.Finding).HasMaxLength(2000);
        builder.Property(r => r.Caveat).HasMaxLength(2000);
        builder.Property(r => r.ArticleCitation).HasMaxLength(1000);
        builder.Property(r => r.SeedHash).HasMaxLength(64);
        builder.Ignore(r => r.Link);
    }
}
