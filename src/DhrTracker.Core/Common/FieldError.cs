namespace DhrTracker.Core.Common;

/// <summary>A refusal the user can act on: which field, and the rule in plain English.</summary>
public sealed record FieldError(string Field, string Message);
