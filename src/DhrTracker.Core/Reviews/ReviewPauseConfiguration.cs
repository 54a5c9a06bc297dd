using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class ReviewPauseConfiguration : IEntityTypeConfiguration<ReviewPause>
{
    public void Configure(EntityTypeBuilder<ReviewPause> b)
    {
        b.ToTable("ReviewPauses");
        b.Property(p => p.Reason).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Note).HasMaxLength(ReviewLimits.Note);
        b.HasIndex(p => new { p.ReviewId, p.StartDate });
    }
}
