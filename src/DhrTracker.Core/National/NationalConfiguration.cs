using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.National;

internal sealed class NationalIncidentConfiguration : IEntityTypeConfiguration<NationalIncident>
{
    public void Configure(EntityTypeBuilder<NationalIncident> b)
    {
        b.ToTable("NationalIncidents");
        b.Property(i => i.Id).HasMaxLength(NationalIncident.IdMaxLength);
        b.Property(i => i.Csp).HasMaxLength(NationalIncident.TextMaxLength).IsRequired();
        b.Property(i => i.Region).HasMaxLength(NationalIncident.TextMaxLength).IsRequired();
        b.HasMany(i => i.Victims).WithOne(v => v.Incident).HasForeignKey(v => v.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Perpetrators).WithOne(p => p.Incident).HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NationalVictimConfiguration : IEntityTypeConfiguration<NationalVictim>
{
    public void Configure(EntityTypeBuilder<NationalVictim> b)
    {
        b.ToTable("NationalVictims");
        b.Property(v => v.Id).HasMaxLength(NationalIncident.IdMaxLength);
        b.Property(v => v.IncidentId).HasMaxLength(NationalIncident.IdMaxLength);
        b.Property(v => v.AgeBand).HasMaxLength(20);
        b.Property(v => v.Sex).HasMaxLength(20);
        b.Property(v => v.Relationship).HasMaxLength(NationalIncident.TextMaxLength);
    }
}

internal sealed class NationalPerpetratorConfiguration : IEntityTypeConfiguration<NationalPerpetrator>
{
    public void Configure(EntityTypeBuilder<NationalPerpetrator> b)
    {
        b.ToTable("NationalPerpetrators");
        b.Property(p => p.Id).HasMaxLength(NationalIncident.IdMaxLength);
        b.Property(p => p.IncidentId).HasMaxLength(NationalIncident.IdMaxLength);
        b.Property(p => p.AgeBand).HasMaxLength(20);
        b.Property(p => p.Sex).HasMaxLength(20);
        b.Property(p => p.CourtVerdict).HasMaxLength(NationalIncident.TextMaxLength);
    }
}

internal sealed class NationalDataSetConfiguration : IEntityTypeConfiguration<NationalDataSet>
{
    public void Configure(EntityTypeBuilder<NationalDataSet> b)
    {
        b.ToTable("NationalDataSets");
        b.Property(d => d.LoadedByUserId).HasMaxLength(450).IsRequired();
        b.Property(d => d.Source).HasMaxLength(400).IsRequired();
    }
}
