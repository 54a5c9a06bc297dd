namespace DhrTracker.Core.Family;

/// <summary>One line of the involvement log; <see cref="Who"/> is the person's relationship and pseudonym.</summary>
public sealed record InvolvementItem(Guid Id, InvolvementStep Step, DateOnly On, Guid FamilyMemberId, string Who, ContactRoute? Method,
    bool Declined, string? Notes, string? Response, Guid Version);
