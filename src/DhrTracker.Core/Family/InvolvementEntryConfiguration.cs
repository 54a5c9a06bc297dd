using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Family;

internal sealed class InvolvementEntryConfiguration : IEntityTypeConfiguration<InvolvementEntry>
{
    public void Configure(EntityTypeBuilder<InvolvementEntry> b)
    {
        b.ToTable("InvolvementEntries");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Method).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Notes).HasMaxLength(ReviewLimits.LongText);
        b.Property(e => e.Response).HasMaxLength(ReviewLimits.LongText);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => new { e.ReviewId, e.On });
        b.HasOne<Review>().WithMany().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
        // Restrict (one cascade path only, for SQL Server): a person with log entries is refused removal, so no entry loses its "who".
        b.HasOne<FamilyMember>().WithMany().HasForeignKey(e => e.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
