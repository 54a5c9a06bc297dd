using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Family;

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> b)
    {
        b.ToTable("FamilyMembers");
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.Pseudonym).HasMaxLength(FamilyLimits.Pseudonym).IsRequired();
        b.Property(m => m.RealName).HasMaxLength(ReviewLimits.Name);
        b.Property(m => m.PreferredContact).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.ContactDetails).HasMaxLength(ReviewLimits.Note);
        b.Property(m => m.Language).HasMaxLength(ReviewLimits.ShortText);
        b.Property(m => m.AccessNeeds).HasMaxLength(ReviewLimits.Note);
        b.Property(m => m.Consent).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.AdvocacyOrganisation).HasMaxLength(ReviewLimits.Name);
        b.Property(m => m.AdvocacyAnswer).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.ReviewId, m.Pseudonym }).IsUnique();
        b.HasOne<Review>().WithMany().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
