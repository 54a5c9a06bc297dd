using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Drafts;

internal sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> b)
    {
        b.ToTable("FormDrafts");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        b.Property(d => d.Form).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Content).HasMaxLength(DraftService.MaxContentLength).IsRequired();
        b.HasIndex(d => new { d.UserId, d.ReviewId, d.Form, d.RecordId }).IsUnique();
        // Restrict, as every other case table: only retention's purge removes a review's content, children first.
        b.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
