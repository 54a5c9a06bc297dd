using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

internal sealed class VictimConfiguration : IEntityTypeConfiguration<Victim>
{
    public void Configure(EntityTypeBuilder<Victim> b)
    {
        PersonRecordConfiguration.ConfigureDemographics(b);
        b.Property(v => v.RealName).HasMaxLength(200);
        b.Property(v => v.DeathType).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.PseudonymChoice).HasConversion<string>().HasMaxLength(30);
        b.ToTable(t => t.HasCheckConstraint("CK_Victims_AgeAtDeath", "AgeAtDeath >= 16"));
    }
}
