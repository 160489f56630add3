namespace MaternalMicrobiome.Data;

/// <summary>
/// The length of every bounded text column, defined once: the EF configurations size the columns with these and the
/// validators refuse longer input with the same numbers, so a valid request never fails at the database.
/// </summary>
public static class ColumnLengths
{
    /// <summary>Stable seed keys of foods and references (<c>usda-01001</c>, <c>mm-kombucha</c>).</summary>
    public const int SeedKey = 64;

    /// <summary>A food's name, and each of its synonyms.</summary>
    public const int FoodName = 200;

    public const int FoodGroup = 100;
    public const int UsdaNdbId = 10;
    public const int CurationNote = 1000;

    /// <summary>A household portion's description (<c>1 cup, chopped</c>), in the catalog, meals and plans.</summary>
    public const int PortionDescription = 200;

    /// <summary>A note on a logged or planned meal.</summary>
    public const int EntryNote = 500;

    public const int CommentText = 2000;
    public const int PlanTitle = 120;

    /// <summary>SHA-256 as hex, of the seed row a food or reference was last loaded from.</summary>
    public const int SeedHash = 64;

    /// <summary>An ASP.NET Core Identity user id.</summary>
    public const int UserId = 450;

    /// <summary>An Identity user name or e-mail address.</summary>
    public const int UserName = 256;

    public const int DisplayName = 100;
    public const int TimeZoneId = 100;
    public const int InviteCode = 16;

    public const int ReferenceAuthors = 1000;
    public const int ReferenceTitle = 500;
    public const int ReferenceSource = 500;
    public const int ReferenceDoi = 200;
    public const int ReferenceUrl = 500;
    public const int ReferenceStudyType = 100;
    public const int ReferenceFinding = 2000;
    public const int ReferenceCaveat = 2000;
    public const int ReferenceArticleCitation = 1000;

    /// <summary>The name of a target setting and its before and after values in the target change history.</summary>
    public const int TargetSetting = 100;

    public const int AuditAction = 64;
    public const int AuditEntityType = 64;
    public const int AuditEntityKey = 200;
}
