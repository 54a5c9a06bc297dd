using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class ActionEvidenceConfiguration : IEntityTypeConfiguration<ActionEvidence>
{
    public void Configure(EntityTypeBuilder<ActionEvidence> b)
    {
        b.ToTable("ActionEvidence");
        b.Property(e => e.Description).HasMaxLength(500).IsRequired();
        b.HasIndex(e => e.ActionId);
        b.HasOne(e => e.File).WithMany().HasForeignKey(e => e.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
