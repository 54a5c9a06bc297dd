using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

/// <summary>Column rules shared by the victim and perpetrator tables.</summary>
internal static class PersonRecordConfiguration
{
    public const int PseudonymMaxLength = 60;

    public static void ConfigureDemographics<T>(EntityTypeBuilder<T> b) where T : PersonRecord
    {
        b.Property(p => p.Pseudonym).HasMaxLength(PseudonymMaxLength).IsRequired();
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.GenderIdentity).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.SexualOrientation).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Ethnicity).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Religion).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.CarerRole).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.ReviewId, p.Pseudonym }).IsUnique();
        b.HasOne<Review>().WithMany().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
