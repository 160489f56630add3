using MaternalMicrobiome.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>The real hasher, counting its password checks: the costly step whose presence a stopwatch would see.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> inner = new();
    private int verifications;

    public int Verifications => Volatile.Read(ref verifications);

    public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
