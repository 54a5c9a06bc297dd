using DhrTracker.Core.Documents;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.NamesCheck;

internal sealed class NameHitAcceptanceConfiguration : IEntityTypeConfiguration<NameHitAcceptance>
{
    public const int LocationMaxLength = 100;

    public void Configure(EntityTypeBuilder<NameHitAcceptance> b)
    {
        b.ToTable("NameHitAcceptances");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Detail).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Location).HasMaxLength(LocationMaxLength).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(ReviewLimits.Note).IsRequired();
        b.Property(a => a.AcceptedByUserId).HasMaxLength(450).IsRequired();
        b.HasIndex(a => new { a.DocumentVersionId, a.PersonId, a.Detail, a.Location }).IsUnique();
        b.HasOne<DocumentVersion>().WithMany().HasForeignKey(a => a.DocumentVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
