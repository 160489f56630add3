namespace MaternalMicrobiome.Domain.Practice;

/// <summary>
/// A nutritionist's invite and, once a mother redeems it and consents, the link that lets the nutritionist read her
/// data. Access exists only while the link is consented and not ended; either side can end it.
/// </summary>
public sealed class ClientLink
{
    public int Id { get; set; }
    public required string NutritionistId { get; set; }

    /// <summary>Short code the nutritionist passes on; unique while the invite is open.</summary>
    public required string InviteCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The mother who redeemed the invite; null while it is open.</summary>
    public string? MotherId { get; set; }

    public DateTimeOffset? ConsentedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedById { get; set; }

    public bool IsActive => MotherId is not null && ConsentedAt is not null && EndedAt is null;

    public bool IsOpenInvite(DateTimeOffset now) => MotherId is null && EndedAt is null && now < ExpiresAt;
}
