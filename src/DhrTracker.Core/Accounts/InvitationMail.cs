using DhrTracker.Core.Reminders;

namespace DhrTracker.Core.Accounts;

/// <summary>The invitation email: plain English, the link and when it expires, and nothing of any case.</summary>
internal static class InvitationMail
{
    public static OutgoingMail For(string email, string displayName, string partnershipName, string link, DateTime expiresUtc) => new(
        email,
        "Your DhrTracker account: choose a password",
        $"""
        Hello {displayName},

        An administrator of {partnershipName} has set up a DhrTracker account for you.

        To start using it, open this link and choose a password:
        {link}

        The link works once and stops working at {UkDates.FormatUtc(expiresUtc)} (UK time). After you choose a
        password you will be asked to set up an authenticator app on your phone: every sign-in needs both.

        If the link has stopped working, ask your administrator to send a new one. If you were not
        expecting this email, you can ignore it: nobody can use the account without the link.
        """);
}
