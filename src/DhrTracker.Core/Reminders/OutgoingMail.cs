namespace DhrTracker.Core.Reminders;

public sealed record OutgoingMail(string To, string Subject, string Body);
