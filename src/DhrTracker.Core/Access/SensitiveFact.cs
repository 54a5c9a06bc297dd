using System.Text.Json.Serialization;

namespace DhrTracker.Core.Access;

/// <summary>
/// A fact about a victim, a perpetrator or the victim's family and network that only some readers of a review receive (requirement R4).
/// <see cref="SensitiveFacts.Table"/> says which stored properties each covers and who reads it.
/// </summary>
/// <remarks>Serialised by name, so a restricted marker in a payload or a log says what it hides.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SensitiveFact>))]
public enum SensitiveFact
{
    RealName,
    OffendingHistory,
    PreviousOffending,
    CourtOutcome,
    MentalHealth,
    Disability,
    Substance,

    /// <summary>Who a member of the victim's family or network really is and how to reach them (issue 14, ADR 0391).</summary>
    FamilyIdentity,
}
