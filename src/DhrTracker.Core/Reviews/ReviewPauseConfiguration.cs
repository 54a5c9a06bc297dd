using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class ReviewPauseConfiguration : IEntityTypeConfiguration<ReviewPause>
{
    public void Configure(EntityTypeBuilder<ReviewPause> b)
    {
        b.ToTable("ReviewPauses");

        // Ids are made by the service; otherwise EF takes a new pause added to a loaded review for an existing row.
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Reason).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Note).HasMaxLength(ReviewLimits.Note);
        b.HasIndex(p => new { p.ReviewId, p.StartDate });
    }
}
