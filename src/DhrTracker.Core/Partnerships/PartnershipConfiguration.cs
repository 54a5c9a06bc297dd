using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Partnerships;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> b)
    {
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(p => p.Name).IsUnique();
        b.Property(p => p.ReferencePrefix).HasMaxLength(40).IsRequired();
        b.Property(p => p.ReviewTypeName).HasMaxLength(100).IsRequired();
        b.Property(p => p.ReviewTypeAbbreviation).HasMaxLength(20).IsRequired();
        b.Property(p => p.AreaName).HasMaxLength(Partnership.AreaNameMaxLength);
        b.Property(p => p.BriefingBackground).HasMaxLength(Partnership.BriefingBackgroundMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}
