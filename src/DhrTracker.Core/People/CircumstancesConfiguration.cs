using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

internal sealed class CircumstancesConfiguration : IEntityTypeConfiguration<Circumstances>
{
    public void Configure(EntityTypeBuilder<Circumstances> b)
    {
        b.HasKey(c => c.ReviewId);
        b.HasOne<Review>().WithOne().HasForeignKey<Circumstances>(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.CauseOfDeath).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.Location).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
