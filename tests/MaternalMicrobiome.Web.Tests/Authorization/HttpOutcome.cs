namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>What a GET answers to an actor.</summary>
public enum HttpOutcome
{
    /// <summary>200.</summary>
    Ok,

    /// <summary>302 to /Account/Login.</summary>
    Login,

    /// <summary>302 to /Account/AccessDenied (signed in, wrong role).</summary>
    Forbidden,

    /// <summary>404 (the not-found page or an empty 404).</summary>
    NotFound,

    /// <summary>200 with the page's own refusal ("That plan does not exist."), and none of the owner's data.</summary>
    Refused,
}
