namespace DhrTracker.Core.Family;

/// <summary>What a person of the family or wider network was to the victim; stored by name.</summary>
public enum NetworkRole
{
    Parent,
    Child,
    Sibling,
    Partner,
    FormerPartner,
    Grandparent,
    OtherRelative,
    Friend,
    Neighbour,
    Employer,
    Colleague,

    /// <summary>Anyone else who knew the victim (a carer, a faith leader, a teacher).</summary>
    Other,
}
