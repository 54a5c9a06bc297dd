using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class ActionHistoryEntryConfiguration : IEntityTypeConfiguration<ActionHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ActionHistoryEntry> b)
    {
        b.ToTable("ActionHistory");
        b.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.Rag).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(h => new { h.ActionId, h.AtUtc });
        b.HasOne<ActionItem>().WithMany().HasForeignKey(h => h.ActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
