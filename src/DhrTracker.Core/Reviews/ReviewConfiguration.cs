using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.Property(r => r.Reference).HasMaxLength(60).IsRequired();
        b.HasIndex(r => new { r.PartnershipId, r.Reference }).IsUnique();
        b.HasIndex(r => new { r.PartnershipId, r.ActiveDueDate });
        b.Property(r => r.Stage).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.QaOutcome).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.PublicationType).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.NotifyingAgency).HasMaxLength(ReviewLimits.Name);
        b.Property(r => r.DecisionRationale).HasMaxLength(ReviewLimits.LongText);
        b.Property(r => r.HomeOfficeReference).HasMaxLength(ReviewLimits.ShortText);
        b.Property(r => r.IndependentChair).HasMaxLength(ReviewLimits.Name);
        b.Property(r => r.Author).HasMaxLength(ReviewLimits.Name);
        b.Property(r => r.NotificationSource).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.ReconsiderationReason).HasMaxLength(ReviewLimits.LongText);
        b.Property(r => r.LocalSignOffBody).HasMaxLength(ReviewLimits.Name);
        b.Property(r => r.LocalSignOffApprover).HasMaxLength(ReviewLimits.Name);
        b.Property(r => r.RevisedTargetReason).HasMaxLength(ReviewLimits.LongText);
        b.Property(r => r.PublishedUrl).HasMaxLength(ReviewLimits.Url);
        b.Property(r => r.NonPublicationReason).HasMaxLength(ReviewLimits.LongText);
        b.Property(r => r.LegalHoldReason).HasMaxLength(ReviewLimits.LongText);
        b.Property(r => r.CreatedByUserId).HasMaxLength(450);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsEnded);
        b.Ignore(r => r.OpenPause);
        b.HasOne(r => r.Partnership).WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Pauses).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Proceedings).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.QaDevelopmentAreas).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Meetings).WithOne().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
