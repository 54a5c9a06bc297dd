namespace DhrTracker.Core.Identity;

/// <summary>The partnership's roles. Names are stored in the database: never rename one without a migration.</summary>
public static class Roles
{
    /// <summary>Accounts and settings; no case content.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Runs every review of their partnership.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Sees and works on only the reviews they sit on.</summary>
    public const string PanelMember = "PanelMember";

    /// <summary>Action plans, sign-off and learning across the partnership.</summary>
    public const string Manager = "Manager";

    /// <summary>Only the actions owned by their agency; no victim details.</summary>
    public const string AgencyLead = "AgencyLead";

    public static readonly IReadOnlyList<string> All = [Administrator, Coordinator, PanelMember, Manager, AgencyLead];

    /// <summary>A role as people say it: "Panel member", "Agency lead".</summary>
    public static string Describe(string role) => role switch
    {
        PanelMember => "Panel member",
        AgencyLead => "Agency lead",
        _ => role,
    };

    /// <summary>Matches a role name case-insensitively, as typed on the command line.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
