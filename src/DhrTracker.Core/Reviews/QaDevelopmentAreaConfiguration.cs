using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class QaDevelopmentAreaConfiguration : IEntityTypeConfiguration<QaDevelopmentArea>
{
    public void Configure(EntityTypeBuilder<QaDevelopmentArea> b)
    {
        b.ToTable("QaDevelopmentAreas");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Text).HasMaxLength(ReviewLimits.LongText).IsRequired();
        b.Property(a => a.HowAddressed).HasMaxLength(ReviewLimits.LongText);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.ReviewId, a.Number }).IsUnique();
    }
}
