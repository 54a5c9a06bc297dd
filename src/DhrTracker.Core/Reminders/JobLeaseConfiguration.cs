using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reminders;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("JobLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
        b.Property(l => l.LastRunKey).HasMaxLength(50);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}
