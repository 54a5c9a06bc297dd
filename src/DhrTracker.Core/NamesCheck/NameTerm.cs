using System.Text.RegularExpressions;

namespace DhrTracker.Core.NamesCheck;

/// <summary>One thing to look for (a whole real name, one part of it, a postcode…) and whose detail it is.</summary>
public sealed record NameTerm(Guid PersonId, HeldDetail Detail, Regex Pattern);
