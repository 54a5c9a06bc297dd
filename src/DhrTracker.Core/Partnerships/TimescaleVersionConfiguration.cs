using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Partnerships;

internal sealed class TimescaleVersionConfiguration : IEntityTypeConfiguration<TimescaleVersion>
{
    public void Configure(EntityTypeBuilder<TimescaleVersion> b)
    {
        b.ToTable("TimescaleVersions");
        b.Property(t => t.Reason).HasMaxLength(Reviews.ReviewLimits.Note);
        b.Property(t => t.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(t => new { t.PartnershipId, t.EffectiveFrom }).IsUnique();
        b.HasOne<Partnership>().WithMany(p => p.Timescales).HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
