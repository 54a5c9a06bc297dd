using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> b)
    {
        b.ToTable("ReviewEvents");
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Move).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.FromStage).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.ToStage).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.PauseReason).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Note).HasMaxLength(ReviewLimits.LongText);
        b.HasIndex(e => new { e.ReviewId, e.AtUtc });
    }
}
