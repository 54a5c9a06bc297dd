using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Agencies;

internal sealed class ReviewAgencyConfiguration : IEntityTypeConfiguration<ReviewAgency>
{
    public void Configure(EntityTypeBuilder<ReviewAgency> b)
    {
        b.ToTable("ReviewAgencies");
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.ReviewId, a.AgencyId }).IsUnique();
        b.HasOne<Review>().WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Chases).WithOne().HasForeignKey(c => c.ReviewAgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
