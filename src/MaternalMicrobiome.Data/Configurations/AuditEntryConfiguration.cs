using MaternalMicrobiome.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaternalMicrobiome.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(a => a.ActorName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(a => a.Action).HasMaxLength(ColumnLengths.AuditAction);
        builder.Property(a => a.EntityType).HasMaxLength(ColumnLengths.AuditEntityType);
        builder.Property(a => a.EntityKey).HasMaxLength(ColumnLengths.AuditEntityKey);
        builder.Property(a => a.SubjectUserId).HasMaxLength(ColumnLengths.UserId);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.SubjectUserId);
    }
}
