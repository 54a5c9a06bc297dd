using DhrTracker.Core.Access;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// One person's detail found at one place of a document version. <see cref="Found"/> holds the words found only for a
/// user who may read <see cref="Fact"/>; for anyone else it is null and <see cref="Shown"/> says what is hidden.
/// </summary>
public sealed record NameHit(
    Guid DocumentVersionId, Guid PersonId, HeldDetail Detail, SensitiveFact Fact, string Person, string Location, string? Found, AcceptedHit? Accepted)
{
    public const string HiddenName = "a real name (hidden from you)";
    public const string HiddenContact = "contact details (hidden from you)";

    public string Shown => Found ?? (Detail == HeldDetail.RealName ? HiddenName : HiddenContact);

    public string What => Detail == HeldDetail.RealName ? "Real name" : "Address or contact details";
}
