using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string UpdateTrigger = "AuditEntries_refuse_update";
    public const string DeleteTrigger = "AuditEntries_refuse_delete";
    public const string ChangesUpdateTrigger = "AuditChanges_refuse_update";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        // Declaring the triggers makes EF avoid OUTPUT/RETURNING forms that SQL Server refuses on a table with triggers.
        b.ToTable("AuditEntries", t =>
        {
            t.HasTrigger(UpdateTrigger);
            t.HasTrigger(DeleteTrigger);
        });
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.Roles).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.EntityType).HasMaxLength(60);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Detail).HasMaxLength(1000);
        b.Property(a => a.ChangesHash).HasMaxLength(64);
        b.Property(a => a.IpAddress).HasMaxLength(45);
        b.Property(a => a.UserAgent).HasMaxLength(AuditLimits.UserAgent);
        b.Property(a => a.CircuitId).HasMaxLength(100);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => a.Sequence).IsUnique();
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.ReviewId, a.AtUtc });
        b.HasIndex(a => new { a.UserId, a.AtUtc });
    }
}
