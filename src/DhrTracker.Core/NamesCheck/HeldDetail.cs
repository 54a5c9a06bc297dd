namespace DhrTracker.Core.NamesCheck;

/// <summary>Which identifying detail held about a person a hit matched; stored by name.</summary>
public enum HeldDetail
{
    /// <summary>The real name, whole or one of its parts.</summary>
    RealName,

    /// <summary>Contact details as recorded for a family or network member: an address, a postcode, a telephone number, an email.</summary>
    ContactDetails,
}
