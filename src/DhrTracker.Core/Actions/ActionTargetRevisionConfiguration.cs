using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class ActionTargetRevisionConfiguration : IEntityTypeConfiguration<ActionTargetRevision>
{
    public void Configure(EntityTypeBuilder<ActionTargetRevision> b)
    {
        b.ToTable("ActionTargetRevisions");
        b.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        b.Property(r => r.ByUserId).HasMaxLength(450);
        b.HasIndex(r => r.ActionId);
    }
}
