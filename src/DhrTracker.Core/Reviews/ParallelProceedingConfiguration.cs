using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class ParallelProceedingConfiguration : IEntityTypeConfiguration<ParallelProceeding>
{
    public void Configure(EntityTypeBuilder<ParallelProceeding> b)
    {
        b.ToTable("ParallelProceedings");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Description).HasMaxLength(ReviewLimits.Name);
    }
}
