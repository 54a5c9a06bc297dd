using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

internal sealed class VictimConfiguration : IEntityTypeConfiguration<Victim>
{
    public void Configure(EntityTypeBuilder<Victim> b)
    {
        PersonRecordConfiguration.ConfigureDemographics(b);
        b.Property(v => v.RealName).HasMaxLength(200);
        b.ToTable(t => t.HasCheckConstraint("CK_Victims_AgeAtDeath", "AgeAtDeath >= 16"));
    }
}
