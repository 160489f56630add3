namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>What a service call does for an actor.</summary>
public enum Outcome
{
    /// <summary>Runs and returns.</summary>
    Allowed,

    /// <summary>AccessDeniedException (403): wrong role or not signed in.</summary>
    Denied,

    /// <summary>NotFoundException (404): someone else's data, told apart from nothing.</summary>
    NotFound,

    /// <summary>ValidationException naming the field, with the same words as for an id that does not exist.</summary>
    Invalid,
}
