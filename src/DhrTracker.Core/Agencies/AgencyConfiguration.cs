using DhrTracker.Core.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public const int NameMaxLength = 150;
    public const int ContactNameMaxLength = 200;
    public const int ContactEmailMaxLength = 256;
    public const int ContactPhoneMaxLength = 40;

    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.Property(a => a.Name).HasMaxLength(NameMaxLength).IsRequired();
        b.HasIndex(a => new { a.PartnershipId, a.Name }).IsUnique();
        b.Property(a => a.ContactName).HasMaxLength(ContactNameMaxLength);
        b.Property(a => a.ContactEmail).HasMaxLength(ContactEmailMaxLength);
        b.Property(a => a.ContactPhone).HasMaxLength(ContactPhoneMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne(a => a.Partnership).WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
    }
}
