using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<Reference>
{
    public void Configure(EntityTypeBuilder<Reference> builder)
    {
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Key).HasMaxLength(ColumnLengths.SeedKey);
        builder.Property(r => r.Authors).HasMaxLength(ColumnLengths.ReferenceAuthors);
        builder.Property(r => r.Title).HasMaxLength(ColumnLengths.ReferenceTitle);
        builder.Property(r => r.Source).HasMaxLength(ColumnLengths.ReferenceSource);
        builder.Property(r => r.Doi).HasMaxLength(ColumnLengths.ReferenceDoi);
        builder.Property(r => r.Url).HasMaxLength(ColumnLengths.ReferenceUrl);
        builder.Property(r => r.StudyType).HasMaxLength(ColumnLengths.ReferenceStudyType);
        builder.Property(r => r.Finding).HasMaxLength(ColumnLengths.ReferenceFinding);
        builder.Property(r => r.Caveat).HasMaxLength(ColumnLengths.ReferenceCaveat);
        builder.Property(r => r.ArticleCitation).HasMaxLength(ColumnLengths.ReferenceArticleCitation);
        builder.Property(r => r.SeedHash).HasMaxLength(ColumnLengths.SeedHash);
        builder.Ignore(r => r.Link);
    }
}
