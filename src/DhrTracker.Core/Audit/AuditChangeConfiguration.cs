using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Audit;

internal sealed class AuditChangeConfiguration : IEntityTypeConfiguration<AuditChange>
{
    public void Configure(EntityTypeBuilder<AuditChange> b)
    {
        b.ToTable("AuditChanges", t => t.HasTrigger(AuditEntryConfiguration.ChangesUpdateTrigger));
        b.HasKey(c => c.AuditEntryId);
        b.HasOne<AuditEntry>().WithOne(e => e.ChangeSet).HasForeignKey<AuditChange>(c => c.AuditEntryId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
