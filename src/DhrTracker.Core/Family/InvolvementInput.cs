namespace DhrTracker.Core.Family;

/// <summary>One entry of the involvement log as the form records it. Entries are not edited: a wrong one is removed and recorded again.</summary>
public sealed class InvolvementInput
{
    public InvolvementStep? Step { get; set; }
    public DateOnly? On { get; set; }
    public Guid? FamilyMemberId { get; set; }
    public ContactRoute? Method { get; set; }
    public bool Declined { get; set; }
    public string? Notes { get; set; }
    public string? Response { get; set; }
}
