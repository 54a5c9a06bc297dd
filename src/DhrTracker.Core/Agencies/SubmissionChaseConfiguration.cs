using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Agencies;

internal sealed class SubmissionChaseConfiguration : IEntityTypeConfiguration<SubmissionChase>
{
    public void Configure(EntityTypeBuilder<SubmissionChase> b)
    {
        b.ToTable("SubmissionChases");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.Note).HasMaxLength(Reviews.ReviewLimits.Note);
        b.Property(c => c.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(c => new { c.ReviewAgencyId, c.ChasedOn });
    }
}
