using DhrTracker.Core.Data;

namespace DhrTracker.Core.Panel;

/// <summary>
/// The review's chair and author as its panel seats say (ADR 0385): the panel is the one source. The
/// names a record held before that (typed into the summary or the terms-of-reference move) are kept
/// and shown only while no seat says otherwise, so a coordinator can see whom to seat.
/// </summary>
public sealed record ReviewLeads(string? Chair, string? Author, string? ChairNamedBefore, string? AuthorNamedBefore)
{
    public const string ChairField = "Chair";

    public const string NoChair =
        "Seat the independent chair on the panel first (the Agencies & panel tab): terms of reference are agreed once a chair is appointed.";

    /// <summary>What the summary shows for the chair: the seated chair, else what is missing in words.</summary>
    public string ChairText => Chair ?? (ChairNamedBefore is { } before
        ? $"No chair sits on the panel (the record named {before} before the panel held the chair)"
        : "Not appointed");

    /// <summary>The seated author; without one, the chair writes the report, as the guidance expects by default.</summary>
    public string AuthorText => Author ?? (AuthorNamedBefore is { } before
        ? $"No author sits on the panel (the record named {before} before the panel held the author)"
        : Chair is { } chair ? $"{chair} (the chair)" : "Not appointed");

    public static async Task<ReviewLeads> ReadAsync(AppDbContext db, Guid reviewId, string? chairBefore, string? authorBefore, CancellationToken ct)
    {
        var seats = await db.PanelMemberships.AsNoTracking()
            .Where(p => p.ReviewId == reviewId && (p.Role == PanelRole.Chair || p.Role == PanelRole.Author))
            .Select(p => new { p.Role, Name = db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var chair = seats.FirstOrDefault(s => s.Role == PanelRole.Chair)?.Name;
        // More than one author may be seated (a co-authored report); one chair only (PanelService refuses a second).
        var authors = seats.Where(s => s.Role == PanelRole.Author).Select(s => s.Name).Order().ToList();
        var author = authors.Count == 0 ? null : string.Join(", ", authors);
        return new ReviewLeads(chair, author, chair is null ? chairBefore : null, author is null ? authorBefore : null);
    }

    public static Task<bool> HasChairAsync(AppDbContext db, Guid reviewId, CancellationToken ct) =>
        db.PanelMemberships.AnyAsync(p => p.ReviewId == reviewId && p.Role == PanelRole.Chair, ct);
}
