using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Panel;

internal sealed class PanelMeetingConfiguration : IEntityTypeConfiguration<PanelMeeting>
{
    public void Configure(EntityTypeBuilder<PanelMeeting> b)
    {
        b.ToTable("PanelMeetings");
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Location).HasMaxLength(Reviews.ReviewLimits.Name);
        b.Property(m => m.Purpose).HasMaxLength(Reviews.ReviewLimits.Name);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.ReviewId, m.StartsUtc });
        b.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PanelMeetingAttendanceConfiguration : IEntityTypeConfiguration<PanelMeetingAttendance>
{
    public void Configure(EntityTypeBuilder<PanelMeetingAttendance> b)
    {
        b.ToTable("PanelMeetingAttendance");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Attendance).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.Name).HasMaxLength(256);
        b.Property(a => a.AgencyName).HasMaxLength(150);
        b.HasIndex(a => new { a.MeetingId, a.UserId }).IsUnique();
    }
}
