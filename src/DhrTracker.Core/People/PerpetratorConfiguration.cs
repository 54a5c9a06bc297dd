using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

internal sealed class PerpetratorConfiguration : IEntityTypeConfiguration<Perpetrator>
{
    public void Configure(EntityTypeBuilder<Perpetrator> b)
    {
        PersonRecordConfiguration.ConfigureDemographics(b);
        b.Property(p => p.OffendingHistory).HasMaxLength(2000);
        b.Property(p => p.RealName).HasMaxLength(200);
        b.Property(p => p.CourtOutcome).HasConversion<string>().HasMaxLength(50);
    }
}
